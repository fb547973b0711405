package concord.validation;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How strongly a finding speaks, following the severity policy of the domain digest: an error means
 * the model contradicts a definition in the sources, a warning flags a mismatch the sources say damages
 * a collaboration, and info offers advice or a prompt for reflection.
 */
public enum Severity {
	ERROR, WARNING, INFO;

	/** The lower-case word used in profiles and documentation ("error", "warning", "info"). */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The matching {@link Diagnostic} severity, for the EMF adapter. */
	public int diagnosticSeverity() {
		return switch (this) {
		case ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		case INFO -> Diagnostic.INFO;
		};
	}

	/** Reads a profile word; empty when the word is not a severity. */
	public static Optional<Severity> fromWord(String word) {
		for (Severity severity : values()) {
			if (severity.word().equals(word)) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}
}
