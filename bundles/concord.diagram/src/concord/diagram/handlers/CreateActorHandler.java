package concord.diagram.handlers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import concord.diagram.gmodel.MapIds;
import concord.diagram.gmodel.MapTypes;
import concord.diagram.model.LayoutSidecar.Placement;
import concord.dsl.ide.document.NewNames;
import concord.model.partnership.Actor;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipPackage.Literals;

/**
 * Palette: a new organisation, person or group, named so that it is unique in the spec and placed where
 * the consultant clicked (that placement goes to the sidecar, so nothing else moves).
 */
public class CreateActorHandler extends MapOperationHandler<CreateNodeOperation> implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return MapTypes.ACTORS;
	}

	@Override
	public boolean handles(Operation operation) {
		return super.handles(operation) && MapTypes.ACTORS.contains(((CreateNodeOperation) operation).getElementTypeId());
	}

	@Override
	public String getLabel() {
		return "Create actor";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		if (model() == null) {
			return doNothing();
		}
		Actor actor = (Actor) PartnershipFactory.eINSTANCE.create(MapTypes.actorClass(operation.getElementTypeId()));
		String name = NewNames.unique(model(), "New " + actor.eClass().getName().toLowerCase(Locale.ROOT));
		actor.setName(name);
		Optional<GPoint> location = operation.getLocation();
		return Optional.of(map.write(getLabel(), doc -> doc.add(doc.model(), Literals.PARTNERSHIP_MODEL__ACTORS, actor),
				sidecar -> location.ifPresent(at -> {
			map.pinShownNodes();
			sidecar.place(MapIds.actorNamed(name), new Placement(at.getX(), at.getY(), null, null));
		})));
	}
}
