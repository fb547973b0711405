package concord.diagram.model;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;

import concord.dsl.ide.document.SpecDocument;

/**
 * One edit on the map, undoable: the spec text and the sidecar placements before and after it. The
 * change runs once; undo and redo only swap texts, so they give back exactly what the analyst had,
 * comments and all.
 */
final class SpecEditCommand extends AbstractCommand {

	private final SpecDocument document;
	private final LayoutSidecar sidecar;
	private final Consumer<SpecDocument> change;
	private final Consumer<LayoutSidecar> placing;
	private String textBefore;
	private String textAfter;
	private Map<String, LayoutSidecar.Placement> placementsBefore;
	private Map<String, LayoutSidecar.Placement> placementsAfter;

	SpecEditCommand(String label, SpecDocument document, LayoutSidecar sidecar, Consumer<SpecDocument> change,
			Consumer<LayoutSidecar> placing) {
		super(label);
		this.document = document;
		this.sidecar = sidecar;
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
	}

	@Override
	public void undo() {
		swap(textBefore, placementsBefore);
	}

	@Override
	public void redo() {
		swap(textAfter, placementsAfter);
	}

	private void swap(String text, Map<String, LayoutSidecar.Placement> placements) {
		if (!text.equals(document.text())) {
			document.setText(text);
		}
		sidecar.restore(placements);
	}
}
