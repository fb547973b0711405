package concord.validation;

import concord.validation.catalogue.Category;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;

/**
 * Writes the rule reference of docs/rules.md from the catalogue, so that the documentation cannot
 * drift from the rules: the generated part sits between {@link #BEGIN} and {@link #END}, and a test
 * fails when the file differs from what the catalogue generates.
 */
public final class RuleDocumentation {

	/** Marker line opening the generated part of docs/rules.md. */
	public static final String BEGIN = "<!-- BEGIN GENERATED RULE REFERENCE (RulesDocumentationTest regenerates this part) -->";
	/** Marker line closing the generated part of docs/rules.md. */
	public static final String END = "<!-- END GENERATED RULE REFERENCE -->";

	private RuleDocumentation() {
	}

	/** One section per framework, one table row per rule: id, severity, kind, message, source. */
	public static String reference(RuleCatalogue catalogue) {
		StringBuilder text = new StringBuilder();
		text.append(BEGIN).append("\n\n");
		text.append(catalogue.size()).append(" rules. Placeholders such as `{m}` are filled with the model's own names; ")
				.append("*inference* marks rules that rest on the digest's interpretation and can be switched off with ")
				.append("`disable inferences`. *Kind* says whether a finding names a risk in what is recorded or a gap ")
				.append("(something the model does not record).\n");
		for (Category category : Category.values()) {
			var rules = catalogue.rules(category);
			if (rules.isEmpty()) {
				continue;
			}
			text.append("\n### ").append(category.prefix()).append(": ").append(category.title()).append("\n\n");
			text.append("Framework: ").append(category.framework()).append(".\n\n");
			text.append("| Id | Severity | Kind | Message | Source |\n|---|---|---|---|---|\n");
			for (Rule rule : rules) {
				text.append("| ").append(rule.id()).append(" | ").append(severity(rule)).append(" | ")
						.append(rule.kind().word()).append(" | ").append(cell(rule.message())).append(" | ").append(cell(rule.source()))
						.append(rule.inference() ? " *(inference)*" : "").append(" |\n");
			}
		}
		text.append('\n').append(END);
		return text.toString();
	}

	/**
	 * {@code document} with its generated part replaced by the current reference.
	 *
	 * @throws IllegalArgumentException if the markers are missing
	 */
	public static String regenerate(String document, RuleCatalogue catalogue) {
		int begin = document.indexOf(BEGIN);
		int end = document.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("The document has no generated rule reference markers");
		}
		return document.substring(0, begin) + reference(catalogue) + document.substring(end + END.length());
	}

	private static String severity(Rule rule) {
		Severity severity = rule.severity();
		return rule.severityNote().isEmpty() ? severity.word() : severity.word() + " (" + rule.severityNote() + ")";
	}

	/** Table-safe text: pipes escaped, asterisks kept literal. */
	private static String cell(String text) {
		return text.replace("|", "\\|").replace("*", "\\*");
	}
}
