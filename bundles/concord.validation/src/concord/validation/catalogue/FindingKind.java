package concord.validation.catalogue;

import java.util.Locale;

/**
 * What a rule's finding says about a model: a risk the literature sees in what is recorded, or a gap,
 * something the model does not record (and the partnership may or may not have). A board reads the two
 * differently: a risk asks for action in the partnership, a gap first asks for a better record.
 */
public enum FindingKind {
	/** The recorded partnership shows a warning sign of the literature. */
	RISK("risk", "a risk in what is recorded"),
	/** Something the literature expects is not recorded. */
	GAP("gap", "a gap in the model: something is not recorded");

	private final String word;
	private final String description;

	FindingKind(String word, String description) {
		this.word = word;
		this.description = description;
	}

	/** "risk" or "gap", as the command line, JSON and SARIF write it. */
	public String word() {
		return word;
	}

	/** One phrase for a reader, e.g. in {@code concord explain}. */
	public String description() {
		return description;
	}

	/** The kind named by {@code word} (any case). */
	public static FindingKind of(String word) {
		return valueOf(word.trim().toUpperCase(Locale.ROOT));
	}
}
