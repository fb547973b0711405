package concord.report.views;

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
 * The workbench's matrix and the board's report both read their rows from here, so that the two cannot
 * disagree on who brings what; each words its cells for its own reader.
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

	/** "keeps its own management", "controls the budget", "competes for funding with Hub": the terms of its membership. */
	public List<String> membershipTerms() {
		List<String> words = new ArrayList<>();
		if (membership.isRetainsOwnManagement()) {
			words.add("keeps its own management");
		}
		if (membership.isControlsBudget()) {
			words.add("controls the budget");
		}
		if (!membership.getCompetesForFundingWith().isEmpty()) {
			// every name: a board reads the whole list, not "and 3 more"
			words.add("competes for funding with " + String.join(", ", membership.getCompetesForFundingWith().stream()
					.map(other -> ElementNames.name(other.getOrganisation())).toList()));
		}
		return words;
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

	/** The leader roles the organisation or its people hold, in the spec's order. */
	public List<LeaderRole> leaders() {
		if (partnership.getLeadership() == null) {
			return List.of();
		}
		return partnership.getLeadership().getLeaders().stream().filter(leader -> speaksFor(leader.getActor())).toList();
	}

	/** "Entrepreneur", "Networker, Commitment (Hub co-ordinator)": attributes of its leaders and of its people who lead. */
	public List<String> leadership() {
		List<String> words = new ArrayList<>();
		for (LeaderRole leader : leaders()) {
			String attributes = String.join(", ", leader.getAttributes().stream().map(PartnerRow::label).toList());
			words.add((attributes.isEmpty() ? "leader" : attributes)
					+ (leader.getActor() == membership.getOrganisation() ? "" : " (" + ElementNames.name(leader.getActor()) + ")"));
		}
		return words;
	}

	/**
	 * "Hub co-ordinator: Networker, Commitment; formal authority; astute in 3 of 5 dimensions", or "Leads: ..." for
	 * the organisation itself: one leader with everything the spec records about it, as the board's report lists it.
	 */
	public static String leaderDetails(LeaderRole leader) {
		String actor = ElementNames.name(leader.getActor());
		String title = leader.getTitle() != null ? leader.getTitle() : actor;
		StringBuilder words = new StringBuilder(title.equalsIgnoreCase(actor) && leader.getActor() instanceof Organisation ? "Leads" : title);
		List<String> traits = new ArrayList<>();
		if (!leader.getAttributes().isEmpty()) {
			traits.add(String.join(", ", leader.getAttributes().stream().map(PartnerRow::capitalised).toList()));
		}
		if (leader.isFormalAuthority()) {
			traits.add("formal authority");
		}
		if (leader.isBoundarySpanning()) {
			traits.add("boundary spanning");
		}
		if (!leader.getAstuteness().isEmpty()) {
			traits.add("astute in " + leader.getAstuteness().size() + " of 5 dimensions");
		}
		if (!traits.isEmpty()) {
			words.append(": ").append(String.join("; ", traits));
		}
		return words.toString();
	}

	/** The resources the organisation or its people bring, in the spec's order. */
	public List<Resource> resources() {
		return partnership.getResources().stream()
				.filter(resource -> resource.getProvidedBy() != null
						&& speaksFor(resource.getProvidedBy()))
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

	/** Whether {@code actor} is the organisation or one of its people. */
	private boolean speaksFor(Actor actor) {
		return actor != null && actor == membership.getOrganisation() || worksFor(actor);
	}

	private boolean worksFor(Actor actor) {
		Organisation organisation = membership.getOrganisation();
		return organisation != null && actor instanceof Person person && person.getEmployer() == organisation;
	}

	/** What a consultant calls a value of the model, e.g. "commissioner and funder". */
	public static String label(Enumerator value) {
		return LiteralDoc.of(value).label();
	}

	/** The same, starting a table cell of the board's report: "Commissioner and funder". */
	public static String capitalised(Enumerator value) {
		return capitalised(label(value));
	}

	/** {@code words} with a capital first letter; the rest as written, since it may hold names. */
	public static String capitalised(String words) {
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
