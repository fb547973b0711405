package concord.diagram.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import concord.diagram.gmodel.MapEdges;
import concord.diagram.gmodel.MapEdges.EdgeKind;

/**
 * Drawing an edge from the palette: both ends are looked up in the map index, and the edge table
 * ({@link MapEdges}) says which change of the spec the edge means; ends it cannot join give no edit.
 */
public class CreateEdgeHandler extends MapOperationHandler<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public Class<CreateEdgeOperation> getHandledOperationType() {
		return CreateEdgeOperation.class;
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return MapEdges.creatable().stream().map(EdgeKind::type).toList();
	}

	@Override
	public boolean handles(Operation operation) {
		return super.handles(operation) && getHandledElementTypeIds().contains(((CreateEdgeOperation) operation).getElementTypeId());
	}

	@Override
	public String getLabel() {
		return "Create edge";
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		Optional<EObject> source = index().element(operation.getSourceElementId());
		Optional<EObject> target = index().element(operation.getTargetElementId());
		Optional<EdgeKind> kind = MapEdges.of(operation.getElementTypeId()).filter(EdgeKind::isCreatable);
		if (source.isEmpty() || target.isEmpty() || kind.isEmpty() || model() == null) {
			return doNothing();
		}
		return kind.get().create().join(model(), source.get(), target.get()).map(change -> map.write(getLabel(), change, null));
	}
}
