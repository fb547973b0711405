package concord.workbench.follow;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;

import concord.dsl.ide.document.SpecDocument;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.workbench.assessment.RepresentationWriter;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.text.PartnershipTextEditor;

/**
 * The spec a representation (matrix, ladder, canvas) shows: that of the active partnership text editor
 * (for an active map, the text editor of the same file), read again shortly after each change of its
 * text, so that the view follows typing, undo and its own edits. Readings happen off the user interface
 * thread; the view is told on it.
 */
public final class FollowedSpec {

	/** How long the text must rest before it is read again, as the editor's own reading waits. */
	private static final int PAUSE_MS = 300;

	private final IWorkbenchPage page;
	private final Runnable shown;
	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof IEditorPart editorPart) {
				PartnershipTextEditor text = textEditorOf(editorPart);
				if (text != null && text != editor) {
					follow(text);
				}
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(anyTextEditor());
			}
		}
	};
	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// read once the change is made
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			readSoon();
		}
	};

	private PartnershipTextEditor editor;
	private IDocument document;
	private SpecDocument reading;
	private int chosenPartnership;
	private int generation;

	/** @param shown runs on the user interface thread after each new reading (also when there is no spec any more) */
	public FollowedSpec(IWorkbenchPage page, Runnable shown) {
		this.page = page;
		this.shown = shown;
	}

	public void start() {
		page.addPartListener(parts);
		IEditorPart active = page.getActiveEditor();
		PartnershipTextEditor text = active == null ? null : textEditorOf(active);
		follow(text != null ? text : anyTextEditor());
	}

	public void stop() {
		page.removePartListener(parts);
		if (document != null) {
			document.removeDocumentListener(typing);
		}
		generation++;
	}

	/** The editor whose text is shown, or null. */
	public PartnershipTextEditor editor() {
		return editor;
	}

	/** The spec's file name for a view's title line, or null. */
	public String fileName() {
		return editor == null ? null : editor.getEditorInput().getName();
	}

	/** The partnerships of the shown reading, empty when there is none or the text does not read. */
	public List<Partnership> partnerships() {
		PartnershipModel model = reading == null ? null : reading.model();
		return model == null ? List.of() : model.getPartnerships();
	}

	/** The partnership the views show (the first, unless another was chosen), or null. */
	public Partnership partnership() {
		List<Partnership> partnerships = partnerships();
		return partnerships.isEmpty() ? null : partnerships.get(Math.min(chosenPartnership, partnerships.size() - 1));
	}

	public void choosePartnership(int index) {
		chosenPartnership = index;
		shown.run();
	}

	/** Writes edits into the followed editor's text. */
	public RepresentationWriter writer() {
		return new EditorSpecWriter(editor);
	}

	private void follow(PartnershipTextEditor text) {
		if (document != null) {
			document.removeDocumentListener(typing);
		}
		editor = text;
		document = text == null || text.viewer() == null ? null : text.viewer().getDocument();
		reading = null;
		chosenPartnership = 0;
		if (document != null) {
			document.addDocumentListener(typing);
			read(++generation);
		} else {
			generation++;
			shown.run();
		}
	}

	private void readSoon() {
		if (Display.getCurrent() == null) {
			// a change made off the user interface thread (a save from the map): count it on that thread
			PlatformUI.getWorkbench().getDisplay().asyncExec(this::readSoon);
			return;
		}
		int asked = ++generation;
		Display.getCurrent().timerExec(PAUSE_MS, () -> {
			if (asked == generation) {
				read(asked);
			}
		});
	}

	private void read(int asked) {
		String text = document.get();
		Path file = editor.specPath();
		Display display = Display.getCurrent();
		Job job = Job.create("Reading " + editor.getEditorInput().getName() + " for the matrices", monitor -> {
			SpecDocument read = PartnershipLanguage.read(file, text);
			display.asyncExec(() -> {
				if (asked == generation) {
					reading = read;
					shown.run();
				}
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	private PartnershipTextEditor textEditorOf(IEditorPart part) {
		if (part instanceof PartnershipTextEditor text) {
			return text;
		}
		// a map: its file's text editor, where edits are written and undone
		for (IEditorReference reference : page.findEditors(part.getEditorInput(), PartnershipTextEditor.ID, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID)) {
			if (reference.getEditor(false) instanceof PartnershipTextEditor text) {
				return text;
			}
		}
		return null;
	}

	private PartnershipTextEditor anyTextEditor() {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof PartnershipTextEditor text && text != editor) {
				return text;
			}
		}
		return null;
	}
}
