package concord.diagram.handlers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import concord.diagram.gmodel.MapTypes;
import concord.model.partnership.Actor;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.RoleAssignment;

/**
 * Palette: an actor plays a collaboration role (public entrepreneur, guardian angel, fellow-traveller,
 * ...) in a partnership; one palette entry per role. An actor already in that role is not added twice.
 */
public class CreateRoleAssignmentHandler extends MapCreateEdgeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return MapTypes.roleCreations();
	}

	@Override
	public String getLabel() {
		return "Role";
	}

	@Override
	protected Optional<Consumer<PartnershipModel>> connect(String elementTypeId, EObject source, EObject target) {
		Partnership partnership = source instanceof Partnership p ? p : target instanceof Partnership p ? p : null;
		Actor actor = source instanceof Actor a ? a : target instanceof Actor a ? a : null;
		CollaborationRole role = CollaborationRole.VALUES.stream().filter(r -> MapTypes.roleCreation(r).equals(elementTypeId))
				.findFirst().orElse(null);
		if (partnership == null || actor == null || role == null || partnership.getRoles().stream()
				.anyMatch(r -> r.getRole() == role && r.getActors().contains(actor))) {
			return Optional.empty();
		}
		return Optional.of(model -> {
			RoleAssignment assignment = PartnershipFactory.eINSTANCE.createRoleAssignment();
			assignment.setRole(role);
			assignment.getActors().add(actor);
			partnership.getRoles().add(assignment);
		});
	}
}
