package concord.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

import concord.dsl.validation.FindingIssues;
import concord.validation.catalogue.Severity;

/** The language's issues for one file as the command line reports them: code, severity and source come structured. */
public final class IssueProblems {

	private IssueProblems() {
	}

	public static List<Problem> of(Path file, List<Issue> issues) {
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : issues) {
			Severity severity = FindingIssues.severity(issue).orElse(null);
			if (severity != null) {
				problems.add(new Problem(file, issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
						issue.getColumn() == null ? 0 : issue.getColumn(), severity, FindingIssues.code(issue), issue.getMessage(),
						FindingIssues.source(issue), ""));
			}
		}
		return problems;
	}
}
