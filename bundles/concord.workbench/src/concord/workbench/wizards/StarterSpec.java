package concord.workbench.wizards;

/**
 * The text a new spec starts with: a model, one partnership of two agencies (the fewest a partnership
 * has) to write into, and a line on where help is, so that a consultant new to the language never
 * faces an empty page.
 */
final class StarterSpec {

	private StarterSpec() {
	}

	/** A spec titled {@code title} (a file or project name). */
	static String text(String title) {
		String name = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		return "// " + title + ". Ctrl+Space offers what may be written where the cursor is; hovering a word explains it,\n"
				+ "// and the Hints view holds every concept and rule with its source.\n"
				+ "model " + name + "\n\n"
				+ "organisation \"First agency\"\n\n"
				+ "organisation \"Second agency\"\n\n"
				+ "partnership " + name + " {\n"
				+ "\tpurpose \"What the partners want to achieve together\"\n"
				+ "\tmember \"First agency\"\n"
				+ "\tmember \"Second agency\"\n"
				+ "}\n";
	}

	/** "summer-support.partnership" reads as "summer support". */
	static String titleOf(String fileName) {
		String base = fileName.endsWith(".partnership") ? fileName.substring(0, fileName.length() - ".partnership".length()) : fileName;
		return base.replace('-', ' ').replace('_', ' ').trim();
	}
}
