package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import concord.workbench.text.PartnershipTextEditor;

/**
 * The partnership text editor in the real workbench under Xvfb: findings become Problems markers with
 * rule ids, typing an error marks its line, undo takes it back; completion and hover come from the
 * language.
 */
class PartnershipTextEditorTest {


	private IFile file;
	private PartnershipTextEditor editor;

	@BeforeEach
	void open() throws Exception {
		file = HubProject.create("texts");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PartnershipTextEditor) IDE.openEditor(page, file, PartnershipTextEditor.ID);
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void findingsAreMarkersAndATypedErrorIsMarkedUntilUndone() throws Exception {
		UiWait.until(() -> marker("DF-03") != null, "the driver mismatch DF-03 is a marker");
		assertTrue(marker("DF-03").getAttribute(IMarker.MESSAGE, "").startsWith("[DF-03] Partners are in this for different reasons"),
				marker("DF-03").getAttribute(IMarker.MESSAGE, ""));

		IDocument document = editor.viewer().getDocument();
		int at = document.get().indexOf("sector voluntary-third-sector");
		int line = document.getLineOfOffset(at) + 1;
		document.replace(at, "sector voluntary-third-sector".length(), "sector nowhere");
		UiWait.until(() -> errorOnLine(line), "a syntax error marker on line " + line);

		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertTrue(document.get().contains("sector voluntary-third-sector"), "undo restores the text");
		UiWait.until(() -> !errorOnLine(line), "the error marker goes with the undo");
	}

	@Test
	void aQuickFixFromTheRuleCatalogueSettlesTheFinding() throws Exception {
		IDocument document = editor.viewer().getDocument();
		int at = document.get().indexOf("manager network");
		document.replace(at, "manager network".length(), "manager classical");
		UiWait.until(() -> marker("KP-01") != null, "divided authority with a classical manager raises KP-01");
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker("KP-01"));
		assertEquals(1, fixes.length);
		assertTrue(fixes[0].getLabel().startsWith("Cast the manager's role as network"), fixes[0].getLabel());
		fixes[0].run(marker("KP-01"));
		assertTrue(document.get().contains("manager network") && !document.get().contains("manager classical"), document.get());
		UiWait.until(() -> marker("KP-01") == null, "the fixed finding's marker goes");
	}

	@Test
	void completionAndHoverComeFromTheLanguage() {
		String text = editor.viewer().getDocument().get();
		int value = text.indexOf("current-phase ") + "current-phase ".length();
		assertTrue(editor.completionsAt(value).stream().anyMatch(p -> p.startsWith("working-together")),
				editor.completionsAt(value).toString());
		String hover = editor.hoverAt(text.indexOf("frost co-ordination") + "frost ".length() + 1);
		assertTrue(hover != null && hover.contains("Frost"), String.valueOf(hover));
	}

	private IMarker marker(String ruleId) {
		return ProblemMarkers.find(file, ruleId);
	}

	private boolean errorOnLine(int line) {
		try {
			return Arrays.stream(file.findMarkers("concord.workbench.problem", true, IResource.DEPTH_ZERO))
					.anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR && m.getAttribute(IMarker.LINE_NUMBER, -1) == line);
		} catch (CoreException e) {
			return false;
		}
	}
}
