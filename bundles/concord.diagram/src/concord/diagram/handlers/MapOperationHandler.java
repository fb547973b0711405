package concord.diagram.handlers;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapIndex;
import concord.diagram.model.MapModelState;
import concord.model.partnership.PartnershipModel;

/**
 * An operation on the map that becomes an undoable edit of the spec text and the layout sidecar. It is
 * made on the text the host holds now: if the analyst typed since the map was last drawn, the map takes
 * that text first (and finds the elements the operation names in it again), so the edit keeps the typing.
 */
abstract class MapOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected MapModelState map;

	/** Draws the caught-up text, so that the operation finds its elements in it (absent without a server, in tests). */
	@Inject(optional = true)
	protected GModelFactory drawing;

	@Override
	public Optional<Command> execute(Operation operation) {
		if (map.catchUp() && drawing != null) {
			drawing.createGModel();
		}
		return super.execute(operation);
	}

	protected MapIndex index() {
		return map.mapIndex();
	}

	protected PartnershipModel model() {
		return map.document().model();
	}

	protected Optional<Command> edit(Consumer<PartnershipModel> change) {
		return Optional.of(map.edit(getLabel(), change, null));
	}

	protected Optional<Command> edit(Consumer<PartnershipModel> change, Consumer<LayoutSidecar> placing) {
		return Optional.of(map.edit(getLabel(), change, placing));
	}
}
