package concord.workbench.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import concord.diagram.model.UnsavedSpecs;
import concord.workbench.text.DocumentPatch;
import concord.workbench.text.PartnershipTextEditor;

/**
 * Joins a map editor to the text editor of the same spec, so that each follows the other's unsaved
 * changes: the text's words go to the map server at every keystroke (a map edit starts from them, so it
 * never undoes typing) and the map is drawn again once typing pauses; an edit, undo or redo on the map is
 * written into the text editor's document as a change of its own (unsaved, undoable there). While they are
 * joined the text editor writes the spec: saving the map saves the text, and saving the text saves the map's
 * layout.
 */
final class TextLink implements IPartListener2, IDocumentListener, UnsavedSpecs.Host {

	/** How long typing must pause before the map is drawn again. */
	private static final int PAUSE_MS = 400;

	private final PartnershipMapEditor map;
	private final Path spec;
	private final UnsavedSpecs unsaved;
	private final Display display;
	private final Runnable redraw = this::redraw;
	private Runnable stopHearing;
	private PartnershipTextEditor text;
	private IDocument document;
	/** The map's text after its last edit: a text editor opened on a map with unsaved edits starts from it. */
	private String mapText;

	TextLink(PartnershipMapEditor map, Path spec, UnsavedSpecs unsaved) {
		this.map = map;
		this.spec = spec.toAbsolutePath().normalize();
		this.unsaved = unsaved;
		this.display = map.getSite().getShell().getDisplay();
	}

	/** Joins the text editor of the spec if one is open, and any that opens later. */
	void start(IWorkbenchPage page) {
		stopHearing = unsaved.tell(this);
		page.addPartListener(this);
		for (IEditorReference reference : page.getEditorReferences()) {
			join(reference.getEditor(false));
		}
	}

	void stop(IWorkbenchPage page) {
		page.removePartListener(this);
		if (stopHearing != null) {
			stopHearing.run();
		}
		leave();
	}

	/** Whether a text editor of the spec is joined: it holds the spec's text, and writes it. */
	boolean joined() {
		return document != null;
	}

	/** The joined text editor's words, or null. */
	String text() {
		return document == null ? null : document.get();
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		join(reference.getPart(false));
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (text != null && reference.getPart(false) == text) {
			leave();
		}
	}

	private void join(Object part) {
		if (document != null || !(part instanceof PartnershipTextEditor editor) || editor.viewer() == null
				|| !spec.equals(specOf(editor))) {
			return;
		}
		text = editor;
		document = editor.viewer().getDocument();
		if (map.isDirty() && mapText != null && !mapText.equals(document.get())) {
			// the map's unsaved edits come into the text as an unsaved change
			patch(mapText);
		}
		document.addDocumentListener(this);
		unsaved.hold(spec, document.get());
		unsaved.redraw(spec, document.get());
	}

	/**
	 * The text editor closed: the map reads the spec from disk again (its unsaved typing was saved or thrown
	 * away), unless the map has unsaved edits of its own, whose text it keeps.
	 */
	private void leave() {
		if (document == null) {
			return;
		}
		document.removeDocumentListener(this);
		String last = document.get();
		document = null;
		text = null;
		display.timerExec(-1, redraw);
		unsaved.release(spec);
		if (map.isDirty()) {
			mapText = last;
			return;
		}
		try {
			unsaved.redraw(spec, Files.readString(spec, StandardCharsets.UTF_8));
		} catch (IOException gone) {
			// a spec deleted from disk: the map keeps what it shows
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// the text counts once it has changed
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		unsaved.hold(spec, document.get());
		display.timerExec(PAUSE_MS, redraw);
	}

	private void redraw() {
		if (document != null) {
			unsaved.redraw(spec, document.get());
		}
	}

	@Override
	public void edited(Path edited, String before, String after) {
		if (spec.equals(edited)) {
			display.asyncExec(() -> follow(before, after));
		}
	}

	/**
	 * Writes a map edit into the text. If the analyst typed in between (the text is no longer the one the edit
	 * was made on) the typing wins: the map is drawn from the text again and the status line says so.
	 */
	private void follow(String before, String after) {
		mapText = after;
		if (document == null || document.get().equals(after)) {
			return;
		}
		if (document.get().equals(before)) {
			patch(after);
			return;
		}
		unsaved.hold(spec, document.get());
		unsaved.redraw(spec, document.get());
		map.getEditorSite().getActionBars().getStatusLineManager()
				.setErrorMessage("The map's last change was not written: the text changed while it was made.");
	}

	private void patch(String changed) {
		try {
			DocumentPatch.apply(document, changed);
		} catch (BadLocationException e) {
			map.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("The map's change could not be written into the text: " + e.getMessage());
		}
	}

	@Override
	public void saveAsked(Path saved) {
		if (spec.equals(saved)) {
			display.asyncExec(() -> {
				if (text != null && text.isDirty()) {
					text.doSave(null);
				}
			});
		}
	}

	private static Path specOf(IEditorPart editor) {
		Path path = PartnershipMapEditor.specOf(editor.getEditorInput());
		return path == null ? null : path.toAbsolutePath().normalize();
	}
}
