package concord.templates;

import java.util.regex.Pattern;

/**
 * The rules a name inside a pack must follow before Concord uses it to make a file: relative, forward
 * slashes, no ".." or "." segments, no drive letters, at most two folders deep, plain characters.
 * Checked names can be resolved against a folder without escaping it (no zip-slip).
 */
final class EntryName {

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.+-]{0,127}");

	private EntryName() {
	}

	/** The problem with {@code name}, or null when it is safe. */
	static String problem(String name) {
		if (name.isEmpty()) {
			return "an entry has an empty name";
		}
		if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
			return "entry '" + name + "' has an absolute path";
		}
		if (name.contains("\\")) {
			return "entry '" + name + "' uses backslashes";
		}
		String[] segments = name.split("/", -1);
		if (segments.length > 3) {
			return "entry '" + name + "' is nested too deep (at most two folders)";
		}
		for (String segment : segments) {
			if (segment.equals("..") || segment.equals(".")) {
				return "entry '" + name + "' leaves the pack's folder ('" + segment + "')";
			}
			if (!SEGMENT.matcher(segment).matches()) {
				return "entry '" + name + "' has an unusual name (use letters, digits, spaces, '-', '_', '.')";
			}
		}
		return null;
	}
}
