package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import concord.workbench.ConcordPerspective;
import concord.workbench.hints.HintsView;
import concord.workbench.start.ExampleProject;

/** The real workbench, in the Concord application, under Xvfb: what a consultant sees on start. */
class ConcordPerspectiveTest {

	@Test
	void opensInTheConcordPerspectiveWithItsViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertEquals(ConcordPerspective.ID, page.getPerspective().getId());
		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, HintsView.ID }) {
			assertNotNull(page.findViewReference(view), view + " is not in the perspective");
		}
		assertEquals("Concord", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
	}

	@Test
	void theFirstStartOpensTheBundledExample() {
		IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		assertTrue(examples.exists(), "the example project is created in an empty workspace");
		assertTrue(examples.getFile("hub.partnership").exists(), "with the UK victim support hub");
	}

	@Test
	void hintsExplainAConceptWithItsSource() throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HintsView hints = (HintsView) page.showView(HintsView.ID);
		hints.find("guardian angel");
		flush();
		assertTrue(hints.select("guardian angel"), "the filter hides 'guardian angel'");
		flush();
		String detail = hints.detailText();
		assertTrue(detail.startsWith("guardian angel"), detail);
		assertTrue(detail.contains("a value of CollaborationRole"), detail);
		assertTrue(detail.contains("Source: Ryan, Gill, Eppel & Lips"), detail);
	}

	@Test
	void hintsExplainARuleWithItsSeverityAndSource() throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HintsView hints = (HintsView) page.showView(HintsView.ID);
		hints.find("DF-03");
		flush();
		assertTrue(hints.select("DF-03"), "the filter hides DF-03");
		flush();
		assertTrue(hints.detailText().contains("warning rule"), hints.detailText());
		assertTrue(hints.detailText().contains("Partners are in this for different reasons"), hints.detailText());
	}

	private static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the tree refresh and the selection reach the detail pane
		}
	}
}
