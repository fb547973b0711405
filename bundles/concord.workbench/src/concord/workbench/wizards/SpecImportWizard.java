package concord.workbench.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import concord.interchange.files.SpecImport;
import concord.interchange.table.TableProblems;
import concord.workbench.language.PartnershipLanguage;

/**
 * File > Import > Concord > Partnership Spec from Spreadsheets: a folder of CSV files or a workbook into
 * the selected spec (adding and updating, keeping its text) or, with a folder selected, into a new
 * spec there; what {@code concord import} does. Every problem of the sheets is shown, and nothing changes.
 */
public class SpecImportWizard extends Wizard implements IImportWizard {

	private IResource target;
	private InterchangePage page;

	public SpecImportWizard() {
		setWindowTitle("Import Partnership Spec");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IFile file && "partnership".equals(file.getFileExtension()) && file.getLocation() != null
				|| first instanceof IContainer container && container.getLocation() != null) {
			target = (IResource) first;
		}
	}

	@Override
	public void addPages() {
		page = new InterchangePage("Import", target instanceof IFile ? "The sheets add to and update " + target.getName() + "."
				: "The sheets become a new spec, named after them, in the selected folder.",
				"From (folder of CSV files, or .xlsx):", "", List.of(),
				target == null ? "Select a .partnership spec, or a folder for a new one, in the Project Explorer first." : null);
		addPage(page);
	}

	/** The page, filled in as a user would (tests). */
	public void choose(String input) {
		page.choose(null, input);
	}

	@Override
	public boolean performFinish() {
		Path input = Path.of(page.path());
		Path location = target.getLocation().toFile().toPath();
		Path spec = target instanceof IFile ? location
				: location.resolve(input.getFileName().toString().replaceFirst("\\.xlsx$", "") + ".partnership");
		try {
			SpecImport.run(input, spec, PartnershipLanguage.injector());
			(target instanceof IFile ? target.getParent() : target).refreshLocal(IResource.DEPTH_ONE, null);
			return true;
		} catch (TableProblems problems) {
			page.setErrorMessage(String.join("\n", problems.problems()));
			return false;
		} catch (IOException | CoreException | RuntimeException e) {
			page.setErrorMessage("Cannot import: " + e.getMessage());
			return false;
		}
	}
}
