package concord.workbench.text;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Writes a new version of a spec into an open document by replacing only the part that differs, so
 * undo takes back exactly that change and the caret, markers and folding elsewhere stay put.
 */
public final class DocumentPatch {

	private DocumentPatch() {
	}

	/** Makes {@code document} hold {@code changed}; does nothing when the text is the same. */
	public static void apply(IDocument document, String changed) throws BadLocationException {
		String old = document.get();
		int start = 0;
		while (start < old.length() && start < changed.length() && old.charAt(start) == changed.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < old.length() - start && end < changed.length() - start
				&& old.charAt(old.length() - 1 - end) == changed.charAt(changed.length() - 1 - end)) {
			end++;
		}
		if (start == old.length() && start == changed.length()) {
			return;
		}
		document.replace(start, old.length() - start - end, changed.substring(start, changed.length() - end));
	}
}
