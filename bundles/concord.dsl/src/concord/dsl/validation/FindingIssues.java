package concord.dsl.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

import concord.validation.catalogue.Finding;
import concord.validation.catalogue.Severity;

/**
 * How a rule finding travels as an Xtext issue, kept structured end to end: the issue's code is the rule
 * id, its message the finding's plain message, and its data the source and the labels of the quick
 * fixes. Every consumer of the language's issues (the command line, the language server, the workbench)
 * reads them back here, so none looks the rule up again or takes a message apart.
 */
public final class FindingIssues {

	/** The code of a syntax error, as Concord reports it. */
	public static final String SYNTAX = "syntax";
	/** The code of a name that refers to nothing, or to more than one thing. */
	public static final String REFERENCE = "reference";
	/** The code of the language's own checks that are not rules of the catalogue. */
	public static final String LANGUAGE = "language";

	private static final int SOURCE = 0;

	private FindingIssues() {
	}

	/** The issue data that carries {@code finding}: its source, then the labels of its fixes. */
	static String[] data(Finding finding) {
		String[] data = new String[1 + finding.fixes().size()];
		data[SOURCE] = finding.source();
		for (int i = 0; i < finding.fixes().size(); i++) {
			data[i + 1] = finding.fixes().get(i).label();
		}
		return data;
	}

	/** The severity of an issue on Concord's scale; empty for issues that report nothing. */
	public static Optional<Severity> severity(Issue issue) {
		return Severity.named(issue.getSeverity().name());
	}

	/** "syntax", "reference", a rule id, or "language" for the language's other checks. */
	public static String code(Issue issue) {
		String code = issue.getCode();
		if (issue.isSyntaxError() || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			return SYNTAX;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return REFERENCE;
		}
		return code == null || code.isBlank() ? LANGUAGE : code;
	}

	/** "reference" for an error linking a name, else "syntax": the code of an error found while reading a spec. */
	public static String code(Resource.Diagnostic readingError) {
		return readingError instanceof AbstractDiagnostic d && Diagnostic.LINKING_DIAGNOSTIC.equals(d.getCode()) ? REFERENCE : SYNTAX;
	}

	/** Whether the issue is a finding of the rule catalogue (it carries the rule's source). */
	public static boolean isRuleFinding(Issue issue) {
		return !source(issue).isEmpty();
	}

	/** The literature the finding comes from; empty for syntax, reference and language errors. */
	public static String source(Issue issue) {
		String[] data = issue.getData();
		return data != null && data.length > SOURCE && data[SOURCE] != null && issue.getCode() != null
				&& !Diagnostic.SYNTAX_DIAGNOSTIC.equals(issue.getCode()) && !Diagnostic.LINKING_DIAGNOSTIC.equals(issue.getCode())
						? data[SOURCE]
						: "";
	}

	/** The labels of the quick fixes the rule offers for this finding, in the rule's order. */
	public static List<String> fixes(Issue issue) {
		String[] data = issue.getData();
		return isRuleFinding(issue) ? Arrays.asList(data).subList(1, data.length) : List.of();
	}
}
