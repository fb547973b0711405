package concord.workbench.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

import concord.model.catalogue.LiteralDoc;
import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.Driver;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.Person;
import concord.model.partnership.Resource;
import concord.model.partnership.RoleAssignment;

/**
 * One organisation of a partnership as the partner x role matrix shows it: its membership role, the
 * collaboration roles it plays (itself, or through its people), the leadership attributes of its leaders,
 * the resources it brings and its own drivers. What is played or held by a person employed by the
 * organisation is shown with that person's name, since the organisation is where a board looks for it.
 */
public final class PartnerRow {

	private final Membership membership;
	private final Partnership partnership;

	private PartnerRow(Membership membership) {
		this.membership = membership;
		this.partnership = (Partnership) membership.eContainer();
	}

	/** One row per member of {@code partnership}, in the order the spec lists them. */
	public static List<PartnerRow> of(Partnership partnership) {
		return partnership.getMemberships().stream().map(PartnerRow::new).toList();
	}

	public Membership membership() {
		return membership;
	}

	/** The organisation's name, as every view names it. */
	public String organisation() {
		return ElementNames.name(membership);
	}

	/** Whether the organisation is declared in this spec (an imported one is renamed in its own spec). */
	public boolean organisationDeclaredHere() {
		return membership.getOrganisation() != null && !membership.getOrganisation().eIsProxy()
				&& membership.getOrganisation().eResource() == membership.eResource();
	}

	public Optional<MemberRole> memberRole() {
		return membership.isSetRole() ? Optional.of(membership.getRole()) : Optional.empty();
	}

	/** The membership role in the source's words, empty when the spec does not say. */
	public String memberRoleText() {
		return memberRole().map(PartnerRow::label).orElse("");
	}

	/** The collaboration roles the organisation itself plays. */
	public Set<CollaborationRole> ownRoles() {
		Set<CollaborationRole> roles = new LinkedHashSet<>();
		for (RoleAssignment role : partnership.getRoles()) {
			if (role.isSetRole() && role.getActors().contains(membership.getOrganisation())) {
				roles.add(role.getRole());
			}
		}
		return roles;
	}

	/** "guardian angel", "champions (Sam Lee)": its own roles, then those its people play. */
	public List<String> collaborationRoles() {
		List<String> words = new ArrayList<>();
		ownRoles().forEach(role -> words.add(label(role)));
		for (RoleAssignment role : partnership.getRoles()) {
			for (Actor actor : role.getActors()) {
				if (role.isSetRole() && worksFor(actor)) {
					words.add(label(role.getRole()) + " (" + ElementNames.name(actor) + ")");
				}
			}
		}
		return words;
	}

	/** The leader role the organisation itself holds, if it holds one. */
	public Optional<LeaderRole> ownLeader() {
		if (partnership.getLeadership() == null) {
			return Optional.empty();
		}
		return partnership.getLeadership().getLeaders().stream().filter(leader -> leader.getActor() == membership.getOrganisation()
				&& membership.getOrganisation() != null).findFirst();
	}

	/** "Entrepreneur", "Networker, Commitment (Hub co-ordinator)": attributes of its leaders and of its people who lead. */
	public List<String> leadership() {
		if (partnership.getLeadership() == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (LeaderRole leader : partnership.getLeadership().getLeaders()) {
			String attributes = String.join(", ", leader.getAttributes().stream().map(PartnerRow::label).toList());
			if (leader.getActor() == membership.getOrganisation() && membership.getOrganisation() != null) {
				words.add(attributes.isEmpty() ? "leader" : attributes);
			} else if (worksFor(leader.getActor())) {
				words.add((attributes.isEmpty() ? "leader" : attributes) + " (" + ElementNames.name(leader.getActor()) + ")");
			}
		}
		return words;
	}

	/** The resources the organisation or its people bring, in the spec's order. */
	public List<Resource> resources() {
		return partnership.getResources().stream()
				.filter(resource -> resource.getProvidedBy() != null
						&& (resource.getProvidedBy() == membership.getOrganisation() || worksFor(resource.getProvidedBy())))
				.toList();
	}

	/** "staff: Largest contributor of hub staff (committed)". */
	public static String resourceText(Resource resource) {
		StringBuilder text = new StringBuilder(resource.isSetKind() ? label(resource.getKind()) : "resource");
		if (resource.getDescription() != null && !resource.getDescription().isBlank()) {
			text.append(": ").append(resource.getDescription());
		}
		if (resource.isCommitted()) {
			text.append(" (committed)");
		}
		return text.toString();
	}

	/** The member's own drivers: "Resource Exchange 1.0 'Financial survival'". */
	public List<String> drivers() {
		List<String> words = new ArrayList<>();
		for (Driver driver : membership.getDrivers()) {
			StringBuilder text = new StringBuilder(driver.isSetKind() ? label(driver.getKind()) : "driver");
			if (driver.getWeight() > 0) {
				text.append(' ').append(String.format(Locale.ROOT, "%.1f", driver.getWeight()));
			}
			if (driver.getDescription() != null && !driver.getDescription().isBlank()) {
				text.append(" '").append(driver.getDescription()).append('\'');
			}
			words.add(text.toString());
		}
		return words;
	}

	private boolean worksFor(Actor actor) {
		Organisation organisation = membership.getOrganisation();
		return organisation != null && actor instanceof Person person && person.getEmployer() == organisation;
	}

	/** What a consultant calls a value of the model, e.g. "commissioner and funder". */
	public static String label(Enumerator value) {
		return LiteralDoc.of(value).label();
	}
}
