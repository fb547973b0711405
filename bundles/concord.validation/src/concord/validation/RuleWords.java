package concord.validation;

import concord.validation.catalogue.Rule;

/**
 * A rule in one sentence a consultant can read in a list (a gallery's "what it teaches", the command
 * line's rule list): the first sentence of its message, without the placeholders that only a finding
 * fills in.
 */
public final class RuleWords {

	private RuleWords() {
	}

	/** "Partners are in this for different reasons." for DF-03. */
	public static String summary(Rule rule) {
		String message = rule.message();
		int end = message.indexOf(". ");
		String sentence = end < 0 ? message : message.substring(0, end + 1);
		return sentence.replaceAll(" ?\\([^()]*\\{[^()]*\\)", "").replaceAll("\\{[^}]*\\}", "…").replace("….", "…").strip();
	}
}
