package concord.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

import concord.diagram.gmodel.MapEdges;
import concord.diagram.model.MapIndex.Link;

/**
 * Dragging an edge end to another node: a membership moves to another organisation or partnership, an
 * accountability line to other actors (both as the edge table, {@link MapEdges}, says), a reference (line
 * manager, funder, parent) to another target of its type. Ends that do not fit leave the model as it was.
 */
public class ReconnectHandler extends MapOperationHandler<ReconnectEdgeOperation> {

	@Override
	public String getLabel() {
		return "Reconnect";
	}

	@Override
	public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
		Optional<EObject> source = index().element(operation.getSourceElementId());
		Optional<EObject> target = index().element(operation.getTargetElementId());
		if (source.isEmpty() || target.isEmpty()) {
			return doNothing();
		}
		Optional<Link> link = index().link(operation.getEdgeElementId());
		if (link.isPresent()) {
			return relink(link.get(), source.get(), target.get());
		}
		Optional<EObject> shown = index().element(operation.getEdgeElementId());
		return shown.flatMap(edge -> MapEdges.reconnect(edge, source.get(), target.get()))
				.map(change -> map.write(getLabel(), change, null));
	}

	@SuppressWarnings("unchecked")
	private Optional<Command> relink(Link link, EObject source, EObject target) {
		if (source != link.holder() || !link.feature().getEReferenceType().isInstance(target)) {
			return doNothing();
		}
		return edit(model -> {
			if (link.feature().isMany()) {
				EList<EObject> values = (EList<EObject>) link.holder().eGet(link.feature());
				int at = values.indexOf(link.target());
				if (!values.contains(target)) {
					values.set(at, target);
				}
			} else {
				link.holder().eSet(link.feature(), target);
			}
		});
	}
}
