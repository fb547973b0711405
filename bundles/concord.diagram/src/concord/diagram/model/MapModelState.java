package concord.diagram.model;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;

import concord.diagram.gmodel.MapIndex;
import concord.model.partnership.PartnershipModel;

/**
 * The state of one open map: the spec document (its text is the truth), the layout sidecar, and the
 * index from map elements to model objects that the last drawing built.
 */
public class MapModelState extends DefaultGModelState {

	private SpecDocument document;
	private LayoutSidecar sidecar;
	private MapIndex mapIndex = new MapIndex();

	public void open(SpecDocument newDocument, LayoutSidecar newSidecar) {
		this.document = newDocument;
		this.sidecar = newSidecar;
	}

	public SpecDocument document() {
		return document;
	}

	public LayoutSidecar sidecar() {
		return sidecar;
	}

	public MapIndex mapIndex() {
		return mapIndex;
	}

	public void mapIndex(MapIndex newIndex) {
		this.mapIndex = newIndex;
	}

	/** An undoable edit of the spec text (through the change serializer) and of the sidecar. */
	public Command edit(String label, Consumer<PartnershipModel> change, Consumer<LayoutSidecar> placing) {
		return new SpecEditCommand(label, document, sidecar, change, true, placing);
	}

	/** An undoable removal from the spec: {@code change} must itself clear every reference to what it removes. */
	public Command remove(String label, Consumer<PartnershipModel> change) {
		return new SpecEditCommand(label, document, sidecar, change, false, null);
	}

	/** An undoable change of positions and sizes only; the spec text stays as it is. */
	public Command place(String label, Consumer<LayoutSidecar> placing) {
		return new SpecEditCommand(label, document, sidecar, null, false, placing);
	}
}
