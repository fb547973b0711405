package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.map.PartnershipMapEditor;

/**
 * The map editor in the real workbench under Xvfb: the GLSP client in the SWT Browser (WebKitGTK),
 * served in process; what it draws is checked through the Browser, and an edit made in the page marks
 * the editor dirty and File > Save writes the spec.
 */
class PartnershipMapEditorTest {

	private static final long WAIT_MS = 90_000;

	private IProject project;

	@AfterEach
	void closeAndDelete() throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void theMapOfATemplateShowsItsNodesAndSavesEditsIntoTheSpec() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("maps");
		project.create(null);
		project.open(null);
		IFile file = project.getFile("hub.partnership");
		byte[] hub = Files.readAllBytes(Path.of(System.getProperty("concord.packs"), "uk-victim-support-hub", "hub.partnership"));
		file.create(new ByteArrayInputStream(hub), true, null);

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PartnershipMapEditor map = (PartnershipMapEditor) IDE.openEditor(page, file, PartnershipMapEditor.ID);
		waitUntil(() -> Boolean.TRUE.equals(map.evaluate("return !!(window.concord && window.concord.loaded);")), "the map loads");
		waitUntil(() -> count(map, "#concord-map g.node-organisation") == 12, "the twelve organisations are drawn");
		assertTrue(count(map, "#concord-map g.node-person") == 7, "the seven people are drawn");
		assertFalse(map.isDirty());

		map.evaluate("window.concord.dispatcher.dispatch({ kind: 'createNode', isOperation: true, elementTypeId: 'node:person', "
				+ "location: { x: 0, y: 0 }, args: {} }); return true;");
		waitUntil(() -> Boolean.TRUE.equals(map.evaluate("return window.concord.dirty === true;")), "the page has an unsaved edit");
		waitUntil(map::isDirty, "an edit in the map marks the editor dirty");
		map.doSave(null);
		waitUntil(() -> !map.isDirty(), "saving clears the dirty mark");
		String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("person \"New person\""), saved);
	}

	private static int count(PartnershipMapEditor map, String selector) {
		Object count = map.evaluate("return document.querySelectorAll('" + selector + "').length;");
		return count instanceof Number number ? number.intValue() : -1;
	}

	/** Runs the event loop until the condition holds; fails after a generous limit, never sleeps blindly. */
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
