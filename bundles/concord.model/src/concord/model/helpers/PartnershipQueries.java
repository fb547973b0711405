package concord.model.helpers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreEList;

import concord.model.partnership.Actor;
import concord.model.partnership.Driver;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.RoleAssignment;

/**
 * Queries behind the derived features of the metamodel. The generated getters delegate here
 * (GenModel {@code get} bodies in partnership.ecore), so src-gen stays fully regenerable.
 */
public final class PartnershipQueries {

	private PartnershipQueries() {
	}

	/**
	 * The kind of the heaviest driver; on equal weights the one listed first wins, so the result
	 * does not depend on anything but the model. Drivers without a kind are ignored.
	 *
	 * @return the dominant driver kind, or {@code null} when no driver has a kind
	 */
	public static NetworkDriver dominantDriver(List<? extends Driver> drivers) {
		Driver dominant = null;
		for (Driver driver : drivers) {
			if (driver.isSetKind() && (dominant == null || driver.getWeight() > dominant.getWeight())) {
				dominant = driver;
			}
		}
		return dominant == null ? null : dominant.getKind();
	}

	/**
	 * Everyone involved in a partnership: member organisations, then role players, then
	 * co-production participants, each actor once.
	 *
	 * @return an unmodifiable list owned by the partnership's {@code allActors} feature
	 */
	public static EList<Actor> allActors(Partnership partnership) {
		Set<Actor> actors = new LinkedHashSet<>();
		for (Membership membership : partnership.getMemberships()) {
			if (membership.getOrganisation() != null) {
				actors.add(membership.getOrganisation());
			}
		}
		for (RoleAssignment role : partnership.getRoles()) {
			actors.addAll(role.getActors());
		}
		if (partnership.getCoProduction() != null) {
			actors.addAll(partnership.getCoProduction().getParticipants());
		}
		return new EcoreEList.UnmodifiableEList.FastCompare<>((InternalEObject) partnership,
				PartnershipPackage.Literals.PARTNERSHIP__ALL_ACTORS, actors.size(), actors.toArray());
	}
}
