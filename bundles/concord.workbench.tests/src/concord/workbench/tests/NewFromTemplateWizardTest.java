package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.wizards.NewFromTemplateWizard;

/** The template wizard in the real workbench: the gallery, then a new spec in the selected project or a typed folder. */
class NewFromTemplateWizardTest {

	private IProject project;

	@AfterEach
	void closeAndDelete() throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static IProject openProject(String name) throws CoreException {
		IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		created.create(null);
		created.open(null);
		return created;
	}

	@Test
	void theGalleryOffersEveryCaseAndFinishingCreatesTheSpecAndOpensIt() throws Exception {
		project = openProject("lessons");
		NewFromTemplateWizard wizard = new NewFromTemplateWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = WizardDialogs.open(wizard);
		try {
			assertTrue(wizard.packs().size() >= 14, "the fourteen cases of the literature: " + wizard.packs().size());
			assertTrue(wizard.showsThumbnail("uk-victim-support-hub"), "the gallery shows the pack's thumbnail");
			ImageData hub = wizard.thumbnailImage("uk-victim-support-hub");
			assertEquals(List.of(192, 120), List.of(hub.width, hub.height), "large enough to read the case's title");
			assertFalse(Arrays.equals(wizard.thumbnailImage("t2-nz-autism").data, wizard.thumbnailImage("t3-nz-urban-economic-development").data),
					"two New Zealand cases look different");
			assertFalse(wizard.canFinish(), "nothing chosen yet");
			assertEquals("Choose a case from the list to start from", wizard.message());
			assertTrue(wizard.select("uk-victim-support-hub"));
			assertTrue(wizard.canFinish());
			assertTrue(wizard.detail().contains("What it teaches (the findings it raises):\n• ")
					&& wizard.detail().contains("\n• Partners are in this for different reasons. (DF-03)\n"), wizard.detail());
			assertFalse(wizard.detail().contains("Raises:"), wizard.detail());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertTrue(project.getFile("hub.partnership").exists(), "the spec is in the project");
		assertTrue(project.getFile("uk-victim-support-hub.profile").exists(), "with its rule profile, named after the pack");
		assertTrue(project.getFile(".concord").exists(), "which the folder's specs follow");
		assertTrue(project.getFile("uk-victim-support-hub-notes.md").exists(), "and the trainer's notes");
		assertInstanceOf(PartnershipTextEditor.class, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
		assertEquals("hub.partnership — Text", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getTitle());
	}

	@Test
	void withoutASelectedProjectThePageSaysWhyFinishWaitsAndATypedFolderIsCreated() throws Exception {
		project = openProject("course");
		NewFromTemplateWizard wizard = new NewFromTemplateWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = WizardDialogs.open(wizard);
		try {
			assertTrue(wizard.select("t14-divergent-drivers"));
			assertFalse(wizard.canFinish());
			assertEquals("Choose the folder to copy the template into: a project, or a folder in one (Browse...)", wizard.message());
			wizard.folder("/nowhere");
			assertFalse(wizard.canFinish());
			assertEquals("There is no open project 'nowhere'; create one with File > New > Concord Project, or choose another folder",
					wizard.message());
			wizard.folder("/course/week 2");
			assertTrue(wizard.canFinish(), wizard.message());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertTrue(project.getFolder("week 2").getFile("case.partnership").exists(), "the folder was created with the spec");
		assertTrue(project.getFolder("week 2").getFile("t14-divergent-drivers.profile").exists());
	}
}
