package concord.model.catalogue;

import java.util.Locale;

/**
 * How sure the framework pairing is. The S0 table was read column by column, so only the
 * pairings its worked examples repeat are certain (DOMAIN.md section 1.4).
 */
public enum Confidence {
	/** Repeated by a worked example in the source. */
	CONFIRMED,
	/** Inferred from the row position in the OCR'd table only; validators treat it as a hint. */
	POSITIONAL,
	/** The worked example and the table position disagree. */
	AMBIGUOUS;

	/** Reads the lower-case spelling used in the catalogue annotations. */
	static Confidence parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}
}
