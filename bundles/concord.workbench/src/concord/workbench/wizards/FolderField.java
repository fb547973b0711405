package concord.workbench.wizards;

import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * Where a wizard writes: a workspace path (a project, or a folder in one, created if missing) typed or
 * chosen with Browse..., and, while it names no such place, the sentence that says why Finish waits.
 */
final class FolderField {

	private final Text path;

	FolderField(Composite parent, Runnable changed) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		row.setLayout(new GridLayout(3, false));
		new Label(row, SWT.NONE).setText("Folder:");
		path = new Text(row, SWT.BORDER | SWT.SINGLE);
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		path.setMessage("/project/folder");
		path.addModifyListener(event -> changed.run());
		Button browse = new Button(row, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(row.getShell(), container().orElse(null), true,
					"Choose the folder to copy the template into:");
			if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult() != null && dialog.getResult().length > 0) {
				path.setText(((IPath) dialog.getResult()[0]).toString());
			}
		});
	}

	String path() {
		return path.getText().strip();
	}

	void path(String workspacePath) {
		path.setText(workspacePath);
	}

	/** The folder the path names, in an open project; it may not exist yet. */
	Optional<IContainer> container() {
		IPath typed = IPath.fromPortableString(path().isEmpty() ? "" : path()).makeAbsolute();
		if (path().isEmpty() || typed.segmentCount() == 0) {
			return Optional.empty();
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(typed.segment(0));
		if (!project.isOpen()) {
			return Optional.empty();
		}
		return Optional.of(typed.segmentCount() == 1 ? project : project.getFolder(typed.removeFirstSegments(1)));
	}

	/** Why the path is not yet a place to write, if it is not. */
	Optional<String> problem() {
		if (path().isEmpty()) {
			return Optional.of("Choose the folder to copy the template into: a project, or a folder in one (Browse...)");
		}
		if (container().isEmpty()) {
			String project = IPath.fromPortableString(path()).makeAbsolute().segment(0);
			return Optional.of("There is no open project '" + project
					+ "'; create one with File > New > Concord Project, or choose another folder");
		}
		return Optional.empty();
	}
}
