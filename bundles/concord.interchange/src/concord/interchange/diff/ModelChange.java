package concord.interchange.diff;

/**
 * One difference between two versions of a spec, in words a board reads: what kind of change, where (the
 * partnership and element, as {@code ElementNames} calls them), the feature, and the values before and
 * after ("" where there is none).
 */
public record ModelChange(Kind kind, String where, String feature, String before, String after) {

	/** What happened, worded as the change list prints it. */
	public enum Kind {
		PARTNER_JOINED("partner joined"), PARTNER_LEFT("partner left"), INTEGRATION_MOVED("integration moved"),
		ROLE_REASSIGNED("role reassigned"), ADDED("added"), REMOVED("removed"), CHANGED("changed"),
		FINDING_RESOLVED("finding resolved"), FINDING_NEW("new finding");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		public String words() {
			return words;
		}
	}

	/** The change as one line of the text list. */
	public String text() {
		if (kind == Kind.FINDING_NEW || kind == Kind.FINDING_RESOLVED) {
			return kind.words() + ": " + feature + " on " + where + ": " + (before.isEmpty() ? after : before);
		}
		StringBuilder line = new StringBuilder(kind.words()).append(": ").append(where);
		if (!feature.isEmpty()) {
			line.append(" ").append(feature);
		}
		if (kind == Kind.PARTNER_JOINED || kind == Kind.PARTNER_LEFT) {
			line.append(": ").append(after.isEmpty() ? before : after);
		} else if (!before.isEmpty() || !after.isEmpty()) {
			line.append(": ").append(before.isEmpty() ? "(none)" : before).append(" -> ").append(after.isEmpty() ? "(none)" : after);
		}
		return line.toString();
	}
}
