package concord.diagram.handlers;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import concord.model.partnership.PartnershipModel;

/**
 * Drawing an edge from the palette: both ends are looked up in the map index and the subclass says
 * which model change the edge means; ends it cannot join give no edit at all.
 */
abstract class MapCreateEdgeHandler extends MapOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public Class<CreateEdgeOperation> getHandledOperationType() {
		return CreateEdgeOperation.class;
	}

	@Override
	public boolean handles(Operation operation) {
		return super.handles(operation) && getHandledElementTypeIds().contains(((CreateEdgeOperation) operation).getElementTypeId());
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		Optional<EObject> source = index().element(operation.getSourceElementId());
		Optional<EObject> target = index().element(operation.getTargetElementId());
		if (source.isEmpty() || target.isEmpty()) {
			return doNothing();
		}
		return connect(operation.getElementTypeId(), source.get(), target.get()).flatMap(this::edit);
	}

	/** The end of the edge (source or target) that is a {@code type}, if either is. */
	protected <T extends EObject> Optional<T> ends(CreateEdgeOperation operation, Class<T> type) {
		return index().element(operation.getSourceElementId(), type).or(() -> index().element(operation.getTargetElementId(), type));
	}

	/** The model change that joins {@code source} to {@code target}, if this kind of edge can join them. */
	protected abstract Optional<Consumer<PartnershipModel>> connect(String elementTypeId, EObject source, EObject target);
}
