package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import concord.validation.catalogue.Severity;
import concord.workbench.prefs.RuleProfilePage;
import concord.workbench.prefs.WorkbenchProfile;
import concord.workbench.text.PartnershipTextEditor;

/**
 * The rule profile preference: switching a rule off takes its findings out of Problems, re-grading one
 * changes its markers' severity, in the specs already open; Restore Defaults brings the catalogue back.
 */
class RuleProfilePageTest {

	private IFile file;
	private Shell shell;

	@BeforeEach
	void open() throws Exception {
		file = HubProject.create("profiles");
		IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, PartnershipTextEditor.ID);
		shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
	}

	@AfterEach
	void restore() throws Exception {
		shell.dispose();
		WorkbenchProfile.store("");
		HubProject.delete(file);
	}

	@Test
	void switchingARuleOffOrReGradingItChangesTheMarkersOfOpenSpecs() {
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null, "the hub raises DF-03");
		assertEquals(IMarker.SEVERITY_WARNING, ProblemMarkers.find(file, "DF-03").getAttribute(IMarker.SEVERITY, -1));

		RuleProfilePage page = page();
		page.set("DF-03", true, Severity.ERROR);
		assertTrue(page.performOk());
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null
				&& ProblemMarkers.find(file, "DF-03").getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR, "DF-03 is an error now");
		assertTrue(WorkbenchProfile.text().contains("severity DF-03 error"), WorkbenchProfile.text());

		page = page();
		page.set("DF-03", false, Severity.ERROR);
		assertTrue(page.performOk());
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") == null, "a rule switched off raises nothing");

		page = page();
		page.performDefaults();
		assertTrue(page.performOk());
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null
				&& ProblemMarkers.find(file, "DF-03").getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING, "the defaults are back");
	}

	/** The page as the preference dialog makes it, reading the profile in force. */
	private RuleProfilePage page() {
		RuleProfilePage page = new RuleProfilePage();
		page.init(PlatformUI.getWorkbench());
		page.createControl(shell);
		return page;
	}
}
