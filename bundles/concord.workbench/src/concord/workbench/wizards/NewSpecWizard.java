package concord.workbench.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import concord.workbench.text.PartnershipTextEditor;

/**
 * File > New > Partnership Spec: a new .partnership file in the chosen folder, started with a model and a
 * partnership to fill in, opened in the text editor. The platform's page refuses a name that exists.
 */
public class NewSpecWizard extends Wizard implements INewWizard {

	public static final String ID = "concord.workbench.wizards.spec";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private String fileName = "partnership.partnership";
	private WizardNewFileCreationPage page;

	public NewSpecWizard() {
		setWindowTitle("New Partnership Spec");
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
		this.workbench = newWorkbench;
		this.selection = newSelection;
	}

	/** The file name the page proposes (before the wizard's pages are made). */
	public void fileName(String name) {
		this.fileName = name;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("spec", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(StarterSpec.text(StarterSpec.titleOf(getFileName())).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Partnership Spec");
		page.setDescription("A new partnership spec, written in the partnership language.");
		page.setFileExtension("partnership");
		page.setFileName(fileName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile spec = page.createNewFile();
		if (spec == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), spec, PartnershipTextEditor.ID);
		} catch (PartInitException e) {
			page.setErrorMessage("The spec was created but could not be opened: " + e.getMessage());
		}
		return true;
	}
}
