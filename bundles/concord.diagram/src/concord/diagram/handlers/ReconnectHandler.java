package concord.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

import concord.diagram.gmodel.MapIndex.Link;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;

/**
 * Dragging an edge end to another node: a membership moves to another organisation or partnership, an
 * accountability line to other actors, a reference (line manager, funder, parent) to another target.
 * Ends that do not fit the relation leave the model as it was.
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
		EObject shown = index().element(operation.getEdgeElementId()).orElse(null);
		if (shown instanceof Membership membership && source.get() instanceof Partnership partnership
				&& target.get() instanceof Organisation organisation) {
			return edit(model -> {
				membership.setOrganisation(organisation);
				if (membership.eContainer() != partnership) {
					partnership.getMemberships().add(membership);
				}
			});
		}
		if (shown instanceof AccountabilityLine line && source.get() instanceof Actor from && target.get() instanceof Actor to && from != to) {
			return edit(model -> {
				line.setFrom(from);
				line.setTo(to);
			});
		}
		return doNothing();
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
