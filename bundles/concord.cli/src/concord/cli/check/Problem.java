package concord.cli.check;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import concord.dsl.validation.FindingIssues;
import concord.validation.RuleCatalogue;
import concord.validation.catalogue.FindingKind;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;

/**
 * One thing to tell the user about one file: a rule finding, or a syntax, reference or load error.
 *
 * @param file     the file as the user named it (or as found under a named folder)
 * @param line     1-based line, or 0 when the format has no positions (XMI, JSON findings)
 * @param column   1-based column, or 0 when unknown
 * @param severity error, warning or info
 * @param code     the rule id ("DF-03") or one of {@link #SYNTAX}, {@link #REFERENCE}, {@link #LOAD}
 * @param message  plain language, with the model's own names
 * @param source   the literature the rule comes from; empty for non-rule problems
 * @param element  a readable path to the model element concerned; empty when the line says enough
 */
public record Problem(Path file, int line, int column, Severity severity, String code, String message,
		String source, String element) {

	/** The text does not follow the partnership language. */
	public static final String SYNTAX = FindingIssues.SYNTAX;
	/** A name that refers to nothing, or to more than one thing. */
	public static final String REFERENCE = FindingIssues.REFERENCE;
	/** The file could not be read as a partnership model at all. */
	public static final String LOAD = "load";

	/** File order, then position, then severity. */
	public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::severity);

	public Problem {
		source = source == null ? "" : source;
		element = element == null ? "" : element;
	}

	/** A problem that stops Concord from reading the file as meant (exit code 2), unlike a rule finding. */
	public boolean isInputError() {
		return severity == Severity.ERROR && (SYNTAX.equals(code) || REFERENCE.equals(code) || LOAD.equals(code));
	}

	public boolean isRuleFinding() {
		return !SYNTAX.equals(code) && !REFERENCE.equals(code) && !LOAD.equals(code);
	}

	/** Whether the rule behind this problem names a risk or a gap; empty for syntax, reference and load problems. */
	public Optional<FindingKind> kind() {
		return RuleCatalogue.standard().find(code).map(Rule::kind);
	}

	/** "file:line:column" or just "file" where there is no position. */
	public String location() {
		if (line <= 0) {
			return file.toString();
		}
		return file + ":" + line + ":" + Math.max(column, 1);
	}

	/** Whether this problem is at least as severe as {@code threshold} (ERROR is the most severe). */
	public boolean atLeast(Severity threshold) {
		return severity.compareTo(threshold) <= 0;
	}
}
