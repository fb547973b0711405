package concord.validation.catalogue;

/**
 * The one place a finding becomes words on a line: its message with the source cited after it, and
 * with the rule id before it where the reader sees findings of several rules side by side.
 */
public final class FindingText {

	private FindingText() {
	}

	/** "message (source)", or the message alone when there is no source (syntax and reference errors). */
	public static String cited(String message, String source) {
		return source == null || source.isEmpty() ? message : message + " (" + source + ")";
	}

	/** "DF-03: message (source)"; the id is left out when there is none. */
	public static String titled(String ruleId, String message, String source) {
		return ruleId == null || ruleId.isEmpty() ? cited(message, source) : ruleId + ": " + cited(message, source);
	}
}
