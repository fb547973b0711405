package concord.workbench.start;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.workbench.map.PartnershipMapEditor;
import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.wizards.NewFromTemplateWizard;

/**
 * On the first start (an empty workspace) Concord opens a worked example, so a consultant sees a real
 * partnership at once: the UK victim support hub, in the text editor and as a map beside it.
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
		// matched by editor id too: by input alone the page would bring back the text editor just opened
		IEditorPart map = page.openEditor(new FileEditorInput(spec), PartnershipMapEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		besideTheText(map);
		return spec;
	}

	/** Puts the map to the right of the text, as a consultant drags an editor tab, so both show at once. */
	private static void besideTheText(IEditorPart map) {
		MPart part = map.getSite().getService(MPart.class);
		EModelService models = map.getSite().getService(EModelService.class);
		Object stack = part == null ? null : part.getParent();
		if (models == null || !(stack instanceof MPartStack editors)) {
			return;
		}
		MPartStack right = models.createModelElement(MPartStack.class);
		models.insert(right, editors, EModelService.RIGHT_OF, 0.6f);
		models.move(part, right);
		right.setSelectedElement(part);
	}
}
