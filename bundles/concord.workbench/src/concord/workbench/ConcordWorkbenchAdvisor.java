package concord.workbench;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import concord.workbench.start.ExampleProject;
import concord.workbench.start.StartupPicture;
import concord.workbench.text.ProblemIcons;
import concord.workbench.text.WorkspaceSpecs;

/**
 * Opens every Concord window in the Concord perspective, on the workspace; on the first start it opens
 * the bundled example.
 */
public class ConcordWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		return ConcordPerspective.ID;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// Workspace resources show in the Project Explorer and Properties as in the IDE.
		IDE.registerAdapters();
		// Problems shows each marker's severity with the IDE's icons, not a red square
		ProblemIcons.declare(configurer);
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		super.postStartup();
		WorkspaceSpecs.start();
		try {
			IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
			ExampleProject.openOnFirstStart(page);
		} catch (Exception e) {
			Platform.getLog(getClass()).error("The example project could not be opened", e);
		}
		StartupPicture.scheduleIfAsked(System.currentTimeMillis());
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ConcordWindowAdvisor(configurer);
	}
}
