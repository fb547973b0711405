package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.widgets.Display;
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

	private static final long WAIT_MS = 60_000;

	private IProject project;
	private IFile file;
	private PartnershipTextEditor editor;

	@BeforeEach
	void open() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("texts");
		project.create(null);
		project.open(null);
		file = project.getFile("hub.partnership");
		byte[] hub = Files.readAllBytes(Path.of(System.getProperty("concord.packs"), "uk-victim-support-hub", "hub.partnership"));
		file.create(new ByteArrayInputStream(hub), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PartnershipTextEditor) IDE.openEditor(page, file, PartnershipTextEditor.ID);
	}

	@AfterEach
	void closeAndDelete() throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void findingsAreMarkersAndATypedErrorIsMarkedUntilUndone() throws Exception {
		waitUntil(() -> marker("DF-03") != null, "the driver mismatch DF-03 is a marker");
		assertTrue(marker("DF-03").getAttribute(IMarker.MESSAGE, "").startsWith("[DF-03] Partners are in this for different reasons"),
				marker("DF-03").getAttribute(IMarker.MESSAGE, ""));

		IDocument document = editor.viewer().getDocument();
		int at = document.get().indexOf("sector voluntary-third-sector");
		int line = document.getLineOfOffset(at) + 1;
		document.replace(at, "sector voluntary-third-sector".length(), "sector nowhere");
		waitUntil(() -> errorOnLine(line), "a syntax error marker on line " + line);

		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertTrue(document.get().contains("sector voluntary-third-sector"), "undo restores the text");
		waitUntil(() -> !errorOnLine(line), "the error marker goes with the undo");
	}

	@Test
	void aQuickFixFromTheRuleCatalogueSettlesTheFinding() throws Exception {
		IDocument document = editor.viewer().getDocument();
		int at = document.get().indexOf("manager network");
		document.replace(at, "manager network".length(), "manager classical");
		waitUntil(() -> marker("KP-01") != null, "divided authority with a classical manager raises KP-01");
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker("KP-01"));
		assertEquals(1, fixes.length);
		assertTrue(fixes[0].getLabel().startsWith("Cast the manager's role as network"), fixes[0].getLabel());
		fixes[0].run(marker("KP-01"));
		assertTrue(document.get().contains("manager network") && !document.get().contains("manager classical"), document.get());
		waitUntil(() -> marker("KP-01") == null, "the fixed finding's marker goes");
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
		try {
			return Arrays.stream(file.findMarkers("concord.workbench.problem", false, IResource.DEPTH_ZERO))
					.filter(m -> ruleId.equals(m.getAttribute("ruleId", ""))).findFirst().orElse(null);
		} catch (CoreException e) {
			return null;
		}
	}

	private boolean errorOnLine(int line) {
		try {
			return Arrays.stream(file.findMarkers("concord.workbench.problem", false, IResource.DEPTH_ZERO))
					.anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR && m.getAttribute(IMarker.LINE_NUMBER, -1) == line);
		} catch (CoreException e) {
			return false;
		}
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + WAIT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
	}
}
