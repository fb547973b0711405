package concord.workbench.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import concord.workbench.text.SpecMarkers;

/** The Concord markers of a spec, as Problems lists them. */
final class ProblemMarkers {

	private ProblemMarkers() {
	}

	/** The marker of a finding of {@code ruleId} on {@code file}, or null when there is none. */
	static IMarker find(IFile file, String ruleId) {
		try {
			return Arrays.stream(file.findMarkers(SpecMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> ruleId.equals(m.getAttribute(SpecMarkers.RULE_ID, ""))).findFirst().orElse(null);
		} catch (CoreException e) {
			return null;
		}
	}

	/** The errors Problems lists for {@code file}: "line: message". */
	static List<String> errors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(SpecMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
					.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
		} catch (CoreException e) {
			return List.of(e.getMessage());
		}
	}
}
