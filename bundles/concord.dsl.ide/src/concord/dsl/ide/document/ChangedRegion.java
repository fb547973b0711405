package concord.dsl.ide.document;

/**
 * The one stretch of a spec's text that differs between two versions: from the first to the last
 * character that differ. Editors replace just that, so that undo takes back exactly the change and the
 * caret, marks and folding elsewhere stay put (the workbench's editor and the language server's rename).
 *
 * @param start       offset of the first differing character in both texts
 * @param end         offset in the old text just after the stretch that is replaced
 * @param replacement what stands there in the new text
 */
public record ChangedRegion(int start, int end, String replacement) {

	/** The region where {@code changed} differs from {@code old}; empty (start == end, "") when they are equal. */
	public static ChangedRegion between(String old, String changed) {
		int start = 0;
		while (start < old.length() && start < changed.length() && old.charAt(start) == changed.charAt(start)) {
			start++;
		}
		int same = 0;
		while (same < old.length() - start && same < changed.length() - start
				&& old.charAt(old.length() - 1 - same) == changed.charAt(changed.length() - 1 - same)) {
			same++;
		}
		return new ChangedRegion(start, old.length() - same, changed.substring(start, changed.length() - same));
	}

	/** Whether the two texts were the same. */
	public boolean isEmpty() {
		return start == end && replacement.isEmpty();
	}
}
