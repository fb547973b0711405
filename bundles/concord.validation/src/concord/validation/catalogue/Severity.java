package concord.validation.catalogue;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How strongly a finding speaks, following the severity policy of the domain digest: an error means
 * the model contradicts a definition in the sources, a warning flags a mismatch the sources say damages
 * a collaboration, and info offers advice or a prompt for reflection.
 *
 * <p>This enum is Concord's one severity mapping: each consumer's own scale (EMF diagnostics, Eclipse
 * markers, SARIF levels, GLSP marker kinds, the names Xtext and LSP give the levels) is read from here.
 */
public enum Severity {
	ERROR(new Levels(Diagnostic.ERROR, 2, "error")),
	WARNING(new Levels(Diagnostic.WARNING, 1, "warning")),
	INFO(new Levels(Diagnostic.INFO, 0, "note"));

	/** The same severity on the other scales: EMF's diagnostics, Eclipse's markers, SARIF's levels. */
	private record Levels(int diagnostic, int marker, String sarif) {
	}

	private final Levels levels;

	Severity(Levels levels) {
		this.levels = levels;
	}

	/**
	 * The lower-case word used in profiles, reports and documentation ("error", "warning", "info"); GLSP's
	 * marker kinds are the same words.
	 */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The matching {@link Diagnostic} severity, for the EMF adapter. */
	public int diagnosticSeverity() {
		return levels.diagnostic();
	}

	/** The value of Eclipse's {@code IMarker.SEVERITY} (2 error, 1 warning, 0 info); validation does not depend on the workbench. */
	public int markerSeverity() {
		return levels.marker();
	}

	/** SARIF's result level: "error", "warning" or "note". */
	public String sarifLevel() {
		return levels.sarif();
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

	/**
	 * The severity Xtext's and LSP's levels of the same name stand for ("ERROR", "Warning", "Information"
	 * and "Hint" read as info); empty for levels that report nothing, such as Xtext's IGNORE.
	 */
	public static Optional<Severity> named(String level) {
		String upper = level.toUpperCase(Locale.ROOT);
		return switch (upper) {
		case "ERROR" -> Optional.of(ERROR);
		case "WARNING" -> Optional.of(WARNING);
		case "INFO", "INFORMATION", "HINT" -> Optional.of(INFO);
		default -> Optional.empty();
		};
	}
}
