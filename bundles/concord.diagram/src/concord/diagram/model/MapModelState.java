package concord.diagram.model;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

import concord.dsl.ide.document.SpecDocument;
import concord.model.partnership.PartnershipModel;

/**
 * The state of one open map: the spec document (its text is the truth), the layout sidecar, and the
 * index from map elements to model objects that the last drawing built.
 */
public class MapModelState extends DefaultGModelState {

	private SpecDocument document;
	private LayoutSidecar sidecar;
	private MapIndex mapIndex = new MapIndex();

	@Inject
	private MapSession session;

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

	/**
	 * Takes {@code text} as the spec's text (the host's unsaved text, or the saved file), unless the map
	 * has it already; true if it changed. The map's own edits made on an older text can no longer be undone
	 * here (the text editor holds them in its own undo).
	 */
	public boolean follow(String text) {
		if (text == null || text.equals(document.text())) {
			return false;
		}
		document.setText(text);
		return true;
	}

	/** Takes the text the host holds unsaved, if it holds one; true if the map's text changed. */
	public boolean catchUp() {
		return session != null && session.unsaved().held(document.file()).map(this::follow).orElse(false);
	}

	public MapIndex mapIndex() {
		return mapIndex;
	}

	public void mapIndex(MapIndex newIndex) {
		this.mapIndex = newIndex;
	}

	/**
	 * Pins every node to where the map shows it now. Called before the consultant places something by
	 * hand: from then on the automatic layout only places what is new, and nothing already seen moves.
	 */
	public void pinShownNodes() {
		if (getRoot() == null) {
			return;
		}
		for (GModelElement child : getRoot().getChildren()) {
			if (child instanceof GNode node && node.getPosition() != null && sidecar.placement(node.getId()).isEmpty()) {
				sidecar.place(node.getId(), new LayoutSidecar.Placement(node.getPosition().getX(), node.getPosition().getY(), null, null));
			}
		}
	}

	/** An undoable edit of the spec text (through the change serializer) and of the sidecar. */
	public Command edit(String label, Consumer<PartnershipModel> change, Consumer<LayoutSidecar> placing) {
		return new SpecEditCommand(label, document, sidecar, this::edited, doc -> doc.apply(change, true), placing);
	}

	/** An undoable removal from the spec: {@code change} must itself clear every reference to what it removes. */
	public Command remove(String label, Consumer<PartnershipModel> change) {
		return new SpecEditCommand(label, document, sidecar, this::edited, doc -> doc.apply(change, false), null);
	}

	/** An undoable edit of the spec through its document (a change or a new statement) and of the sidecar. */
	public Command write(String label, Consumer<SpecDocument> edit, Consumer<LayoutSidecar> placing) {
		return new SpecEditCommand(label, document, sidecar, this::edited, edit, placing);
	}

	private void edited(String before, String after) {
		if (session != null) {
			session.unsaved().edited(document.file(), before, after);
		}
	}

	/** An undoable change of positions and sizes only; the spec text stays as it is. */
	public Command place(String label, Consumer<LayoutSidecar> placing) {
		return new SpecEditCommand(label, document, sidecar, this::edited, doc -> {
		}, placing);
	}
}
