package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.templates.TemplatePack;
import concord.workbench.wizards.NewFromTemplateWizard;
import concord.workbench.wizards.SaveAsTemplateWizard;

/**
 * Save as Template: a consultant's spec becomes a pack in the gallery that teaches what it raises; a spec
 * that does not read cannot become one.
 */
class SaveAsTemplateWizardTest {

	private IFile file;

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void aSavedSpecJoinsTheGalleryTeachingItsFindings() throws Exception {
		file = HubProject.create("trainers");
		SaveAsTemplateWizard wizard = new SaveAsTemplateWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = WizardDialogs.open(wizard);
		try {
			wizard.describe("our-hub-" + System.nanoTime(), "The UK hub as our team teaches it", "");
			assertFalse(wizard.canFinish(), "a pack names its sources");
			wizard.describe("our-hub-" + System.nanoTime(), "The UK hub as our team teaches it", "Parker, Hartley, Beashel & Vo 2020");
			assertTrue(wizard.canFinish(), wizard.getStartingPage().getErrorMessage());
			assertTrue(wizard.performFinish(), wizard.getStartingPage().getErrorMessage());
		} finally {
			dialog.close();
		}
		TemplatePack pack = wizard.installed().orElseThrow();
		assertTrue(pack.manifest().teaches().contains("DF-03"), pack.manifest().teaches().toString());
		assertTrue(pack.manifest().title().equals("UK victim support hub"), pack.manifest().title());
		assertTrue(pack.manifest().sources().contains("Parker, Hartley, Beashel & Vo 2020"), pack.manifest().sources().toString());

		NewFromTemplateWizard gallery = new NewFromTemplateWizard();
		gallery.init(PlatformUI.getWorkbench(), new StructuredSelection(file.getProject()));
		WizardDialog galleryDialog = WizardDialogs.open(gallery);
		try {
			assertTrue(gallery.select(pack.manifest().id()), "the gallery offers the saved pack");
			assertTrue(gallery.showsThumbnail(pack.manifest().id()), "with a thumbnail drawn from its model");
		} finally {
			galleryDialog.close();
		}
	}

	@Test
	void aSpecThatDoesNotReadCannotBecomeAPack() throws Exception {
		file = HubProject.create("broken-trainers");
		file.setContents(new ByteArrayInputStream("model \"Half\"\norganisation {\n".getBytes(StandardCharsets.UTF_8)), true, false, null);
		SaveAsTemplateWizard wizard = new SaveAsTemplateWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = WizardDialogs.open(wizard);
		try {
			wizard.describe("broken-pack", "Never installed", "Nobody 2026");
			assertFalse(wizard.canFinish(), "the page says the spec does not read");
		} finally {
			dialog.close();
		}
	}
}
