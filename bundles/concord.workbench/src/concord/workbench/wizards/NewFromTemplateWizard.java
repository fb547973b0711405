package concord.workbench.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

import concord.templates.PackException;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.workbench.text.PartnershipTextEditor;

/**
 * File > New > Partnership spec from template: the gallery of built-in and installed packs; the chosen
 * pack's specs and rule profile are copied into the selected folder (never over a file that exists) and
 * the spec opens in the text editor.
 */
public class NewFromTemplateWizard extends Wizard implements INewWizard {

	public static final String ID = "concord.workbench.wizards.fromTemplate";

	private final TemplateRegistry registry = new TemplateRegistry(TemplateRegistry.defaultUserFolder());
	private IWorkbench workbench;
	private IContainer target;
	private TemplateGalleryPage gallery;

	public NewFromTemplateWizard() {
		setWindowTitle("New Partnership Spec from Template");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IContainer container) {
			target = container;
		} else if (first instanceof IResource resource) {
			target = resource.getParent();
		}
	}

	@Override
	public void addPages() {
		List<String> problems = new ArrayList<>();
		gallery = new TemplateGalleryPage(registry.all(problems));
		if (!problems.isEmpty()) {
			gallery.setMessage("Some installed packs cannot be read: " + String.join("; ", problems), IMessageProvider.WARNING);
		}
		addPage(gallery);
	}

	/** The packs the gallery offers (after {@link #addPages()}). */
	public List<TemplatePack> packs() {
		return gallery.packs();
	}

	/** Selects a pack in the gallery as a click would; false if the gallery does not offer it. */
	public boolean select(String packId) {
		return gallery.packs().stream().filter(p -> p.id().equals(packId)).findFirst().map(pack -> {
			gallery.select(pack);
			return true;
		}).orElse(false);
	}

	/** Whether the gallery shows a thumbnail for the pack. */
	public boolean showsThumbnail(String packId) {
		return gallery.packs().stream().filter(p -> p.id().equals(packId)).findFirst().map(gallery::thumbnail).isPresent();
	}

	public void target(IContainer container) {
		this.target = container;
	}

	@Override
	public boolean canFinish() {
		return target != null && gallery != null && gallery.selected().isPresent();
	}

	@Override
	public boolean performFinish() {
		try {
			List<IFile> specs = createFrom(gallery.selected().orElseThrow(), target);
			if (workbench != null && !specs.isEmpty()) {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), specs.get(0), PartnershipTextEditor.ID);
			}
			return true;
		} catch (PackException | CoreException e) {
			gallery.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** Copies {@code pack}'s specs and profile into {@code container}; returns the specs, first one first. */
	public List<IFile> createFrom(TemplatePack pack, IContainer container) throws PackException, CoreException {
		Path folder = container.getLocation().toFile().toPath();
		List<Path> written = registry.newSpecs(pack, folder);
		container.refreshLocal(IResource.DEPTH_ONE, null);
		List<IFile> specs = new ArrayList<>();
		for (Path file : written) {
			if (file.getFileName().toString().endsWith(".partnership")) {
				specs.add(ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString())));
			}
		}
		return specs;
	}
}
