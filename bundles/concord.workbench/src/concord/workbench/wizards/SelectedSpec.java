package concord.workbench.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The .partnership file a wizard was opened on (the first element selected in the Project Explorer), if any. */
final class SelectedSpec {

	private SelectedSpec() {
	}

	/** The selected spec on disk, or null when the selection holds none. */
	static IFile of(IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		return first instanceof IFile file && "partnership".equals(file.getFileExtension()) && file.getLocation() != null ? file : null;
	}
}
