package concord.workbench.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

import concord.templates.PackException;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.workbench.text.PartnershipTextEditor;

/**
 * File > New > Partnership spec from template: the gallery of built-in and installed packs; the chosen
 * pack's specs, notes and rule profile (named after the pack and followed through the folder's .concord,
 * see TemplateRegistry.newSpecs) are copied into the folder chosen below the gallery (never over a file
 * that exists) and the spec opens in the text editor. Until a case and a folder are chosen, the page
 * says which one Finish waits for.
 */
public class NewFromTemplateWizard extends Wizard implements INewWizard {

	public static final String ID = "concord.workbench.wizards.fromTemplate";

	private final TemplateRegistry registry = new TemplateRegistry(TemplateRegistry.defaultUserFolder());
	private IWorkbench workbench;
	private IContainer target;
	private TemplateGalleryPage gallery;
	private String unreadable = "";

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
		gallery = new TemplateGalleryPage(registry.all(problems), this::update);
		unreadable = problems.isEmpty() ? "" : " (Some installed packs cannot be read: " + String.join("; ", problems) + ")";
		addPage(gallery);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (target != null) {
			gallery.folder().path(target.getFullPath().toString());
		}
		update();
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

	/** The pixels of the pack's thumbnail as the gallery shows it (width, height and data), or null. */
	public org.eclipse.swt.graphics.ImageData thumbnailImage(String packId) {
		return gallery.packs().stream().filter(p -> p.id().equals(packId)).findFirst().map(gallery::thumbnail)
				.map(org.eclipse.swt.graphics.Image::getImageData).orElse(null);
	}

	/** Whether the gallery shows a thumbnail for the pack. */
	public boolean showsThumbnail(String packId) {
		return gallery.packs().stream().filter(p -> p.id().equals(packId)).findFirst().map(gallery::thumbnail).isPresent();
	}

	/** Types {@code container}'s path into the folder field, as a user would. */
	public void target(IContainer container) {
		gallery.folder().path(container.getFullPath().toString());
	}

	/** Types a workspace path into the folder field. */
	public void folder(String workspacePath) {
		gallery.folder().path(workspacePath);
	}

	/** What the page says, e.g. why Finish waits. */
	public String message() {
		return gallery.getMessage();
	}

	/** The words beside the gallery about the selected pack. */
	public String detail() {
		return gallery.detail();
	}

	/** Says on the page why Finish waits, if it does, and lets the dialog update its buttons. */
	private void update() {
		Optional<String> why = gallery.selected().isEmpty() ? Optional.of("Choose a case from the list to start from")
				: gallery.folder().problem();
		gallery.setMessage(why.map(w -> w + unreadable).orElse(unreadable.isEmpty() ? null : unreadable.strip()),
				why.isPresent() || !unreadable.isEmpty() ? IMessageProvider.INFORMATION : IMessageProvider.NONE);
		gallery.setPageComplete(why.isEmpty());
	}

	@Override
	public boolean canFinish() {
		return gallery != null && gallery.selected().isPresent() && gallery.folder().container().isPresent();
	}

	@Override
	public boolean performFinish() {
		try {
			List<IFile> specs = createFrom(gallery.selected().orElseThrow(), gallery.folder().container().orElseThrow());
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
		container.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
		List<IFile> specs = new ArrayList<>();
		for (Path file : written) {
			if (file.getFileName().toString().endsWith(".partnership")) {
				specs.add(ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString())));
			}
		}
		return specs;
	}
}
