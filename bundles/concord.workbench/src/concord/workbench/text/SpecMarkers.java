package concord.workbench.text;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import concord.validation.catalogue.RuleCatalogue;

/**
 * Markers as you type: the language's syntax, reference and rule findings for the text just read
 * replace the file's Concord markers, so they show in the editor and in Problems with the rule id.
 */
public final class SpecMarkers {

	public static final String TYPE = "concord.workbench.problem";
	public static final String RULE_ID = "ruleId";

	private SpecMarkers() {
	}

	/** Replaces the markers of {@code file} with {@code issues}, in one workspace operation. */
	static void show(IFile file, List<Issue> issues) {
		try {
			file.getWorkspace().run(monitor -> replace(file, issues), file, 0, null);
		} catch (CoreException e) {
			// markers are advisory; the next reading tries again
		}
	}

	/** Whether the language raised {@code issue} for a rule of the catalogue (not a syntax or link error). */
	public static boolean isRuleFinding(Issue issue) {
		return issue.getCode() != null && RuleCatalogue.standard().find(issue.getCode()).isPresent();
	}

	private static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			IMarker marker = file.createMarker(TYPE);
			String code = issue.getCode() == null ? "" : issue.getCode();
			boolean rule = isRuleFinding(issue);
			marker.setAttribute(IMarker.MESSAGE, rule ? "[" + code + "] " + issue.getMessage() : issue.getMessage());
			marker.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
			if (issue.getLineNumber() != null) {
				marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
				marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			if (rule) {
				marker.setAttribute(RULE_ID, code);
			}
		}
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
