package concord.workbench.hints;

import java.util.List;
import java.util.Locale;

/**
 * One entry of the Hints view: a rule, a concept or a group of them, with what a consultant reads
 * about it. Plain data, so the catalogue that builds topics needs no user interface.
 *
 * @param title    what the tree shows ("guardian angel", "DF-03 ...")
 * @param kind     what it is ("a value of CollaborationRole", "warning rule", "framework")
 * @param body     the definition or the rule's message
 * @param source   authors and year; empty for groups
 * @param children sub-topics of a group; empty for a leaf
 */
public record HintTopic(String title, String kind, String body, String source, List<HintTopic> children) {

	public HintTopic {
		children = List.copyOf(children);
	}

	/** Whether the topic's own words contain every word of {@code filter} (case-insensitive). */
	public boolean matches(String filter) {
		String text = (title + " " + kind + " " + body + " " + source).toLowerCase(Locale.ROOT);
		for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
			if (!word.isEmpty() && !text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** The text of the detail pane. */
	public String detail() {
		StringBuilder text = new StringBuilder(title).append(System.lineSeparator()).append(kind);
		if (!body.isEmpty()) {
			text.append(System.lineSeparator()).append(System.lineSeparator()).append(body);
		}
		if (!source.isEmpty()) {
			text.append(System.lineSeparator()).append(System.lineSeparator()).append("Source: ").append(source);
		}
		return text.toString();
	}
}
