package concord.diagram.gmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import concord.model.partnership.Actor;
import concord.model.partnership.Membership;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;

/**
 * The order actors are drawn in: the members of each partnership grouped by their role (in the language's
 * order: lead agency, partners, commissioner and funder, referrers, signposted services, ...), then everyone else as the spec
 * lists them. The layout keeps this order, so a role's members stand together around the card.
 */
final class MemberOrder {

	private MemberOrder() {
	}

	static List<Actor> of(PartnershipModel model) {
		Set<Actor> ordered = new LinkedHashSet<>();
		for (Partnership partnership : model.getPartnerships()) {
			List<Membership> memberships = new ArrayList<>(partnership.getMemberships());
			memberships.sort(Comparator.comparingInt(m -> m.isSetRole() ? m.getRole().getValue() : Integer.MAX_VALUE));
			for (Membership membership : memberships) {
				if (membership.getOrganisation() != null && membership.getOrganisation().eResource() == model.eResource()) {
					ordered.add(membership.getOrganisation());
				}
			}
		}
		ordered.addAll(model.getActors());
		ordered.retainAll(Set.copyOf(model.getActors()));
		return List.copyOf(ordered);
	}
}
