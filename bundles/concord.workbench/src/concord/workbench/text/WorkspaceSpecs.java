package concord.workbench.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

import concord.validation.SpecProfiles;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.prefs.WorkbenchProfile;

/**
 * Problems for every spec in the workspace, not only the open ones, as a builder gives them in the IDE:
 * a spec is checked when the workbench starts, when it is saved, added or changed on disk, and when the
 * rule profile changes (the preference, or a profile file beside the specs). A spec open in the text editor is left to the editor, which checks its unsaved
 * text as you type; when the editor closes, the saved text is checked again.
 */
public final class WorkspaceSpecs implements IResourceChangeListener {

	private static final String EXTENSION = "partnership";
	/** Specs open in a text editor: their markers follow the editor's text. */
	private static final Set<IFile> EDITED = ConcurrentHashMap.newKeySet();
	private static WorkspaceSpecs started;

	private WorkspaceSpecs() {
	}

	/** Starts watching the workspace (once) and checks every spec in it. */
	public static synchronized void start() {
		if (started == null) {
			started = new WorkspaceSpecs();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(started, IResourceChangeEvent.POST_CHANGE);
			WorkbenchProfile.onChange(started::checkAll);
		}
		started.checkAll();
	}

	static void editing(IFile file) {
		EDITED.add(file);
	}

	static void doneEditing(IFile file) {
		EDITED.remove(file);
		check(List.of(file));
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		boolean[] profiles = { false };
		try {
			event.getDelta().accept(delta -> {
				boolean added = delta.getKind() == IResourceDelta.ADDED || (delta.getFlags() & IResourceDelta.CONTENT) != 0;
				if (isSpec(delta.getResource()) && added) {
					changed.add((IFile) delta.getResource());
				}
				if (isProfile(delta.getResource()) && (added || delta.getKind() == IResourceDelta.REMOVED)) {
					profiles[0] = true;
				}
				return true;
			});
		} catch (CoreException e) {
			return; // the next change is seen again
		}
		if (profiles[0]) {
			checkAll(); // a profile beside specs (concord.validation.SpecProfiles) decides the findings of every spec below it
		} else {
			check(changed);
		}
	}

	private void checkAll() {
		List<IFile> specs = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (isSpec(resource)) {
					specs.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			return; // a workspace that cannot be walked has nothing to mark
		}
		check(specs);
	}

	private static void check(List<IFile> files) {
		if (files.isEmpty()) {
			return;
		}
		Job job = Job.create("Checking partnership specs", monitor -> {
			for (IFile file : files) {
				if (!EDITED.contains(file) && file.exists() && file.getLocation() != null) {
					try (var in = file.getContents(true)) {
						String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
						SpecMarkers.show(file, PartnershipLanguage.read(file.getLocation().toFile().toPath(), text).issues());
					} catch (IOException | CoreException unreadable) {
						// gone or unreadable since the change: its next change is checked
					}
				}
			}
		});
		// no rule for the whole job: each file's markers are written under that file's rule, so saves go on
		job.setSystem(true);
		job.schedule();
	}

	private static boolean isProfile(IResource resource) {
		return resource instanceof IFile file && (SpecProfiles.SETTINGS.equals(file.getName()) || "profile".equals(file.getFileExtension()));
	}

	private static boolean isSpec(IResource resource) {
		return resource instanceof IFile file && EXTENSION.equals(file.getFileExtension());
	}
}
