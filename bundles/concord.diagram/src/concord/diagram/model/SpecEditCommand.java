package concord.diagram.model;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;

import concord.model.partnership.PartnershipModel;

/**
 * One edit on the map, undoable: the spec text and the sidecar placements before and after it. The
 * model change runs once, through the change serializer; undo and redo only swap texts, so they give
 * back exactly what the analyst had, comments and all.
 */
final class SpecEditCommand extends AbstractCommand {

	private final SpecDocument document;
	private final LayoutSidecar sidecar;
	private final Consumer<PartnershipModel> change;
	private final Consumer<LayoutSidecar> placing;
	private final boolean followNames;
	private String textBefore;
	private String textAfter;
	private Map<String, LayoutSidecar.Placement> placementsBefore;
	private Map<String, LayoutSidecar.Placement> placementsAfter;

	SpecEditCommand(String label, SpecDocument document, LayoutSidecar sidecar, Consumer<PartnershipModel> change,
			boolean followNames, Consumer<LayoutSidecar> placing) {
		super(label);
		this.document = document;
		this.sidecar = sidecar;
		this.change = change;
		this.placing = placing;
		this.followNames = followNames;
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
			document.apply(change, followNames);
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
