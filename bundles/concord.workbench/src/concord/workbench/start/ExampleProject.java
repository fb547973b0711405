package concord.workbench.start;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.workbench.map.PartnershipMapEditor;
import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.wizards.NewFromTemplateWizard;

/**
 * On the first start (an empty workspace) Concord opens a worked example, so a consultant sees a real
 * partnership at once: the UK victim support hub, in the text editor and as a map.
 */
public final class ExampleProject {

	public static final String NAME = "Concord examples";
	static final String PACK = "uk-victim-support-hub";

	private ExampleProject() {
	}

	/** Creates and opens the example if the workspace has no projects; returns the spec, or null. */
	public static IFile openOnFirstStart(IWorkbenchPage page) throws Exception {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (root.getProjects().length > 0) {
			return null;
		}
		IProject project = root.getProject(NAME);
		project.create(null);
		project.open(null);
		TemplatePack hub = new TemplateRegistry(TemplateRegistry.defaultUserFolder()).builtIn().stream()
				.filter(pack -> pack.id().equals(PACK)).findFirst().orElseThrow();
		List<IFile> specs = new NewFromTemplateWizard().createFrom(hub, project);
		IFile spec = specs.get(0);
		IDE.openEditor(page, spec, PartnershipTextEditor.ID);
		IDE.openEditor(page, spec, PartnershipMapEditor.ID);
		return spec;
	}
}
