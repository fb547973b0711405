package concord.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import concord.model.resource.LocalFilesOnly;

/**
 * Every resource set of the language server reads local files inside the workspace folder only
 * ({@link LocalFilesOnly}): an editor opening a spec never makes Concord fetch anything.
 */
public class LocalProjectManager extends ProjectManager {

	@Override
	protected XtextResourceSet createFreshResourceSet(ResourceDescriptionsData newIndex) {
		XtextResourceSet resourceSet = super.createFreshResourceSet(newIndex);
		if (getBaseDir() != null && getBaseDir().isFile()) {
			LocalFilesOnly.install(resourceSet, List.of(Path.of(getBaseDir().toFileString())));
		}
		return resourceSet;
	}
}
