package concord.workbench.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

import concord.workbench.text.PartnershipTextEditor;

/**
 * File > New > Concord Project: a project (in the workspace or a folder of the consultant's choosing) with
 * a first spec named after it, opened in the text editor. Its neighbouring specs can import each other.
 */
public class NewConcordProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "concord.workbench.wizards.project";

	private IWorkbench workbench;
	private String projectName = "";
	private WizardNewProjectCreationPage page;

	public NewConcordProjectWizard() {
		setWindowTitle("New Concord Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
	}

	/** The name the page proposes (before the wizard's pages are made). */
	public void projectName(String name) {
		this.projectName = name;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("Concord Project");
		page.setDescription("A project for the partnership specs, maps and packs of one engagement.");
		page.setInitialProjectName(projectName);
		addPage(page);
	}

	/** "Hub Review 2026" gets hub-review-2026.partnership. */
	static String fileNameFor(String projectName) {
		String base = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (base.isEmpty() ? "partnership" : base) + ".partnership";
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		if (!page.useDefaults()) {
			description.setLocationURI(page.getLocationURI());
		}
		IFile spec = project.getFile(fileNameFor(project.getName()));
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					project.create(description, monitor);
					project.open(monitor);
					spec.create(new ByteArrayInputStream(StarterSpec.text(project.getName()).getBytes(StandardCharsets.UTF_8)), false,
							monitor);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), spec, PartnershipTextEditor.ID);
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("The project could not be created: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException | CoreException e) {
			page.setErrorMessage("The project could not be created: " + e.getMessage());
			return false;
		}
	}
}
