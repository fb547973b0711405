package concord.diagram.model;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;

import concord.dsl.ide.document.SpecDocument;

/**
 * One edit on the map, undoable: the spec text and the sidecar placements before and after it. The
 * change runs once; undo and redo only swap texts, so they give back exactly what the analyst had,
 * comments and all. Once the text has changed from elsewhere (typing in the workbench's text editor) the
 * edit is no longer undone here, which would throw the typing away; the text editor holds it in its undo.
 */
final class SpecEditCommand extends AbstractCommand {

	private final SpecDocument document;
	private final LayoutSidecar sidecar;
	/** Told the text before and after the edit, its undo and its redo. */
	private final BiConsumer<String, String> edited;
	private final Consumer<SpecDocument> change;
	private final Consumer<LayoutSidecar> placing;
	private String textBefore;
	private String textAfter;
	private Map<String, LayoutSidecar.Placement> placementsBefore;
	private Map<String, LayoutSidecar.Placement> placementsAfter;

	SpecEditCommand(String label, SpecDocument document, LayoutSidecar sidecar, BiConsumer<String, String> edited,
			Consumer<SpecDocument> change, Consumer<LayoutSidecar> placing) {
		super(label);
		this.document = document;
		this.sidecar = sidecar;
		this.edited = edited;
		this.change = change;
		this.placing = placing;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		textBefore = document.text();
		placementsBefore = sidecar.snapshot();
		if (change != null) {
			change.accept(document);
		}
		if (placing != null) {
			placing.accept(sidecar);
		}
		textAfter = document.text();
		placementsAfter = sidecar.snapshot();
		told(textBefore, textAfter);
	}

	@Override
	public boolean canUndo() {
		return textAfter != null && (textAfter.equals(textBefore) || textAfter.equals(document.text()));
	}

	@Override
	public void undo() {
		swap(textAfter, textBefore, placementsBefore);
	}

	@Override
	public void redo() {
		swap(textBefore, textAfter, placementsAfter);
	}

	/**
	 * Goes from one side of the edit to the other, but only from the text the edit left or found (a move, which
	 * leaves the text as it is, is undone whatever the text is now).
	 */
	private void swap(String from, String to, Map<String, LayoutSidecar.Placement> placements) {
		if (from.equals(to)) {
			sidecar.restore(placements);
			return;
		}
		if (!from.equals(document.text())) {
			return;
		}
		document.setText(to);
		sidecar.restore(placements);
		told(from, to);
	}

	private void told(String before, String after) {
		if (edited != null && !before.equals(after)) {
			edited.accept(before, after);
		}
	}
}
