package concord.workbench.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;

/** A workspace project holding the UK victim support hub of the built-in packs, as a consultant would have it. */
final class HubProject {

	private HubProject() {
	}

	/** Creates project {@code name} with hub.partnership copied from the built-in pack; returns the spec. */
	static IFile create(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		IFile file = project.getFile("hub.partnership");
		byte[] hub = Files.readAllBytes(Path.of(System.getProperty("concord.packs"), "uk-victim-support-hub", "hub.partnership"));
		file.create(new ByteArrayInputStream(hub), true, null);
		return file;
	}

	/** Closes every editor without saving and deletes the project with its files. */
	static void delete(IFile spec) throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		if (spec != null) {
			spec.getProject().delete(true, true, null);
		}
	}
}
