package concord.workbench.text;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Markers as you type: after each pause in typing the text is read by the language and its syntax,
 * reference and rule findings replace the file's Concord markers, so they show in the editor and in
 * Problems with the rule id and source.
 */
final class SpecMarkers implements IReconcilingStrategy, IReconcilingStrategyExtension {

	static final String TYPE = "concord.workbench.problem";
	static final String RULE_ID = "ruleId";

	private final PartnershipTextEditor editor;
	private IDocument document;

	SpecMarkers(PartnershipTextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument newDocument) {
		this.document = newDocument;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		initialReconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		initialReconcile();
	}

	@Override
	public void initialReconcile() {
		IFile file = editor.specFile();
		if (file == null || document == null) {
			return;
		}
		List<Issue> issues = SpecSnapshot.of(editor.specPath(), document.get()).issues();
		try {
			file.getWorkspace().run(monitor -> replace(file, issues), file, 0, null);
		} catch (CoreException e) {
			// markers are advisory; the next reconcile tries again
		}
	}

	private static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			IMarker marker = file.createMarker(TYPE);
			String code = issue.getCode() == null ? "" : issue.getCode();
			boolean rule = code.matches("[A-Z]{2}-\\d{2}");
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

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// a reconcile is short; it is not cancelled part-way
	}
}
