package concord.workbench.text;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

import concord.dsl.validation.FindingIssues;
import concord.validation.RuleCatalogue;
import concord.validation.catalogue.FindingKind;
import concord.validation.catalogue.FindingText;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;

/**
 * Markers as you type: the language's syntax, reference and rule findings for the text just read
 * replace the file's Concord markers, so they show in the editor and in Problems with the rule id.
 */
public final class SpecMarkers {

	/** Every Concord marker is of this type; a rule's finding is of its subtype {@link #RISK} or {@link #GAP}. */
	public static final String TYPE = "concord.workbench.problem";
	public static final String RISK = "concord.workbench.risk";
	public static final String GAP = "concord.workbench.gap";
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

	private static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			Severity severity = FindingIssues.severity(issue).orElse(null);
			if (severity == null) {
				continue;
			}
			boolean rule = FindingIssues.isRuleFinding(issue);
			IMarker marker = file.createMarker(rule ? typeOf(issue.getCode()) : TYPE);
			String said = FindingText.cited(issue.getMessage(), FindingIssues.source(issue));
			marker.setAttribute(IMarker.MESSAGE, rule ? "[" + issue.getCode() + "] " + said : said);
			marker.setAttribute(IMarker.SEVERITY, severity.markerSeverity());
			if (issue.getLineNumber() != null) {
				marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
				marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			if (rule) {
				marker.setAttribute(RULE_ID, issue.getCode());
			}
		}
	}

	/** The marker type of a rule's finding, by the kind the catalogue gives the rule. */
	private static String typeOf(String ruleId) {
		return RuleCatalogue.standard().find(ruleId).map(Rule::kind).orElse(FindingKind.RISK) == FindingKind.GAP ? GAP : RISK;
	}
}
