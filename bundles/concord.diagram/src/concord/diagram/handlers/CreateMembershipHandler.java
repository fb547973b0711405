package concord.diagram.handlers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import concord.diagram.gmodel.MapTypes;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;

/** Palette: an organisation becomes a partner of a partnership (drawn either way round). */
public class CreateMembershipHandler extends MapCreateEdgeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(MapTypes.MEMBERSHIP);
	}

	@Override
	public String getLabel() {
		return "Membership";
	}

	@Override
	protected Optional<Consumer<PartnershipModel>> connect(String elementTypeId, EObject source, EObject target) {
		Partnership partnership = source instanceof Partnership p ? p : target instanceof Partnership p ? p : null;
		Organisation organisation = source instanceof Organisation o ? o : target instanceof Organisation o ? o : null;
		if (partnership == null || organisation == null
				|| partnership.getMemberships().stream().anyMatch(m -> m.getOrganisation() == organisation)) {
			return Optional.empty();
		}
		return Optional.of(model -> {
			Membership membership = PartnershipFactory.eINSTANCE.createMembership();
			membership.setOrganisation(organisation);
			membership.setRole(MemberRole.PARTNER);
			partnership.getMemberships().add(membership);
		});
	}
}
