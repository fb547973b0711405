package concord.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

import concord.diagram.gmodel.MapIds;
import concord.dsl.ide.document.NewNames;
import concord.model.partnership.Actor;
import concord.model.partnership.Partnership;

/**
 * Direct edit of a name on the map renames the actor or partnership in the spec; the change serializer
 * updates every reference to it in the same file, and its placement follows it in the sidecar.
 */
public class RenameHandler extends MapOperationHandler<ApplyLabelEditOperation> {

	@Override
	public String getLabel() {
		return "Rename";
	}

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		String ownerId = MapIds.ownerOfNameLabel(operation.getLabelId());
		String newName = operation.getText() == null ? "" : operation.getText().strip();
		if (ownerId == null || NewNames.problem(model(), newName).isPresent()) {
			return doNothing();
		}
		Optional<EObject> owner = index().element(ownerId);
		if (owner.isPresent() && owner.get() instanceof Actor actor) {
			return edit(model -> actor.setName(newName), sidecar -> sidecar.rename(ownerId, MapIds.actorNamed(newName)));
		}
		if (owner.isPresent() && owner.get() instanceof Partnership partnership) {
			return edit(model -> partnership.setName(newName), sidecar -> sidecar.rename(ownerId, MapIds.partnershipNamed(newName)));
		}
		return doNothing();
	}
}
