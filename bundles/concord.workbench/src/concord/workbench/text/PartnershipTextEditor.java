package concord.workbench.text;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The partnership language editor: a JFace text editor driven in process by the language's IDE services
 * (the same ones the language server offers): colouring, markers as you type with rule ids, completion,
 * hover with definitions and sources; undo, find and the rest come with the text editor.
 */
public class PartnershipTextEditor extends TextEditor {

	public static final String ID = "concord.workbench.text.editor";

	public PartnershipTextEditor() {
		setSourceViewerConfiguration(new PartnershipViewerConfiguration(this));
	}

	/** The file being edited, when it is in the workspace (markers live there). */
	IFile specFile() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	/** Where the spec lies on disk: its neighbours are the specs it may import. */
	Path specPath() {
		if (specFile() != null && specFile().getLocation() != null) {
			return specFile().getLocation().toFile().toPath();
		}
		if (getEditorInput() instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme())) {
			return Path.of(input.getURI());
		}
		return Path.of(getEditorInput().getName());
	}

	/** The viewer, for the services and for tests that drive completion and hover as a user would. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The hover text the editor shows at {@code offset}. */
	public String hoverAt(int offset) {
		return new PartnershipTextHover(this).hoverAt(getSourceViewer().getDocument().get(), offset);
	}

	/** The completion proposals (their display strings) the editor offers at {@code offset}. */
	public List<String> completionsAt(int offset) {
		return Arrays.stream(new PartnershipCompletion(this).computeCompletionProposals(getSourceViewer(), offset))
				.map(ICompletionProposal::getDisplayString).toList();
	}
}
