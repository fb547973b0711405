package concord.diagram.handlers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

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

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		// With members already listed, the new one goes on the line after the last: nothing else moves.
		Optional<Partnership> partnership = ends(operation, Partnership.class);
		Optional<Organisation> organisation = ends(operation, Organisation.class);
		if (partnership.isPresent() && organisation.isPresent() && !partnership.get().getMemberships().isEmpty()
				&& partnership.get().getMemberships().stream().noneMatch(m -> m.getOrganisation() == organisation.get())) {
			EList<Membership> members = partnership.get().getMemberships();
			return Optional.of(map.addStatement(getLabel(), members.get(members.size() - 1),
					doc -> "member " + doc.quoted(organisation.get().getName()) + " as " + MapTypes.word(MemberRole.PARTNER)));
		}
		return super.createCommand(operation);
	}
}
