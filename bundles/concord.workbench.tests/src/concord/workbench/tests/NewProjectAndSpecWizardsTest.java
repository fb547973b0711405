package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.wizards.NewConcordProjectWizard;
import concord.workbench.wizards.NewSpecWizard;

/**
 * File > New > Concord Project and Partnership Spec, through their dialogs: each creates a spec that reads
 * without errors and opens it in the text editor; a spec is never written over one that exists.
 */
class NewProjectAndSpecWizardsTest {

	private static final String PROJECT = "Hub Review 2026";

	@AfterEach
	void closeAndDelete() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).delete(true, true, null);
	}

	@Test
	void aNewProjectStartsWithASpecNamedAfterItAndANewSpecJoinsIt() throws Exception {
		NewConcordProjectWizard projectWizard = new NewConcordProjectWizard();
		projectWizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		projectWizard.projectName(PROJECT);
		finish(projectWizard);

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		IFile first = project.getFile("hub-review-2026.partnership");
		assertTrue(first.exists(), "the project's first spec");
		assertTrue(read(first).contains("model \"Hub Review 2026\""), read(first));
		PartnershipTextEditor editor = openEditor();
		assertEquals(first.getName() + " — Text", editor.getTitle());
		UiWait.until(() -> !editor.outlineElements().isEmpty(), "the new spec is read");
		assertEquals(List.of(), ProblemMarkers.errors(first), "the new spec reads without errors");

		NewSpecWizard specWizard = new NewSpecWizard();
		specWizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		specWizard.fileName("shared-agencies");
		finish(specWizard);
		IFile second = project.getFile("shared-agencies.partnership");
		assertTrue(second.exists(), "the extension is added");
		assertTrue(read(second).contains("model \"shared agencies\""), read(second));
		PartnershipTextEditor secondEditor = openEditor();
		assertEquals(second.getName() + " — Text", secondEditor.getTitle());
		UiWait.until(() -> !secondEditor.outlineElements().isEmpty(), "the second spec is read");
		assertEquals(List.of(), ProblemMarkers.errors(second), "two starter specs side by side read without errors");

		NewSpecWizard again = new NewSpecWizard();
		again.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		again.fileName("shared-agencies.partnership");
		WizardDialog dialog = WizardDialogs.open(again);
		try {
			assertFalse(again.canFinish(), "a spec that exists is not offered for writing over");
		} finally {
			dialog.close();
		}
	}

	private static void finish(IWizard wizard) {
		WizardDialog dialog = WizardDialogs.open(wizard);
		try {
			assertTrue(wizard.canFinish(), "the wizard can finish with what it proposes");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
	}

	private static PartnershipTextEditor openEditor() {
		IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertTrue(active instanceof PartnershipTextEditor, String.valueOf(active));
		return (PartnershipTextEditor) active;
	}

	private static String read(IFile file) throws Exception {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
