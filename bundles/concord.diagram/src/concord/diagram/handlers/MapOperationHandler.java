package concord.diagram.handlers;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapIndex;
import concord.diagram.model.MapModelState;
import concord.model.partnership.PartnershipModel;

/** An operation on the map that becomes an undoable edit of the spec text and the layout sidecar. */
abstract class MapOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected MapModelState map;

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
