package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.wizards.NewFromTemplateWizard;

/** The template wizard in the real workbench: the gallery, then a new spec in the selected project. */
class NewFromTemplateWizardTest {

	private IProject project;

	@AfterEach
	void closeAndDelete() throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void theGalleryOffersEveryCaseAndFinishingCreatesTheSpecAndOpensIt() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("lessons");
		project.create(null);
		project.open(null);
		NewFromTemplateWizard wizard = new NewFromTemplateWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = WizardDialogs.open(wizard);
		try {
			assertTrue(wizard.packs().size() >= 14, "the fourteen cases of the literature: " + wizard.packs().size());
			assertTrue(wizard.showsThumbnail("uk-victim-support-hub"), "the gallery shows the pack's thumbnail");
			assertFalse(wizard.canFinish(), "nothing chosen yet");
			assertTrue(wizard.select("uk-victim-support-hub"));
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertTrue(project.getFile("hub.partnership").exists(), "the spec is in the project");
		assertTrue(project.getFile("teaching.profile").exists(), "with its rule profile");
		assertInstanceOf(PartnershipTextEditor.class, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
		assertEquals("hub.partnership — Text", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getTitle());
	}
}
