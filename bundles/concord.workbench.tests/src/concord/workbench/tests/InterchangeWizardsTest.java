package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.workbench.wizards.SpecExportWizard;
import concord.workbench.wizards.SpecImportWizard;

/** File > Export and File > Import: the hub out as CSV files and back in as a new spec; bad sheets change nothing. */
class InterchangeWizardsTest {

	@TempDir
	Path outside;
	private IFile file;

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void theHubGoesOutAsSheetsAndComesBackAsANewSpec() throws Exception {
		file = HubProject.create("interchange");
		SpecExportWizard export = new SpecExportWizard();
		export.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = WizardDialogs.open(export);
		Path tables = outside.resolve("hub-tables");
		try {
			export.choose("csv", tables.toString());
			assertTrue(export.performFinish(), export.getStartingPage().getErrorMessage());
		} finally {
			dialog.close();
		}
		assertEquals(3, export.written().size());
		assertTrue(Files.readString(tables.resolve("actors.csv")).startsWith("name,kind,"));

		SpecImportWizard imported = new SpecImportWizard();
		imported.init(PlatformUI.getWorkbench(), new StructuredSelection(file.getProject()));
		WizardDialog importDialog = WizardDialogs.open(imported);
		try {
			imported.choose(tables.toString());
			assertTrue(imported.performFinish(), imported.getStartingPage().getErrorMessage());
		} finally {
			importDialog.close();
		}
		IFile spec = file.getProject().getFile("hub-tables.partnership");
		assertTrue(spec.exists(), "the new spec is in the project");
		assertTrue(new String(spec.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("member \"Victim Support\" as lead-agency"));
	}

	@Test
	void badSheetsAreNamedByRowAndColumnAndTheSpecStays() throws Exception {
		file = HubProject.create("interchange-bad");
		byte[] before = file.getContents().readAllBytes();
		Path tables = Files.createDirectory(outside.resolve("bad"));
		Files.writeString(tables.resolve("actors.csv"), "name,kind\nVictim Support,organisation\nNobody,alien\n");
		SpecImportWizard imported = new SpecImportWizard();
		imported.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = WizardDialogs.open(imported);
		try {
			imported.choose(tables.toString());
			assertFalse(imported.performFinish());
			assertTrue(imported.getStartingPage().getErrorMessage().contains("actors.csv:3:2: unknown kind \"alien\""),
					imported.getStartingPage().getErrorMessage());
		} finally {
			dialog.close();
		}
		assertEquals(new String(before, StandardCharsets.UTF_8), new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}
}
