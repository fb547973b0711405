package concord.report;

import java.util.ArrayList;
import java.util.List;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.Driver;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.Resource;
import concord.model.partnership.RoleAssignment;

/** One row per member organisation: membership role, collaboration roles, leadership, resources, drivers. */
final class PartnerRoleMatrix {

	private PartnerRoleMatrix() {
	}

	static void write(Html html, ReportCase report) {
		Partnership p = report.partnership();
		html.start("table", "class", "matrix partners");
		html.element("caption", "Partner by role: what each member organisation (and its people) brings and does.");
		html.start("colgroup");
		for (String column : List.of("organisation", "membership", "roles", "leadership", "resources", "drivers")) {
			html.empty("col", "class", column);
		}
		html.end().start("thead").start("tr");
		for (String column : List.of("Organisation", "Membership role", "Collaboration roles", "Leadership", "Resources", "Drivers")) {
			html.element("th", column, "scope", "col");
		}
		html.end().end().start("tbody");
		for (Membership membership : p.getMemberships()) {
			Organisation organisation = membership.getOrganisation();
			html.start("tr").element("th", ElementNames.name(organisation), "scope", "row");
			cell(html, membershipRole(membership));
			List<String> roles = new ArrayList<>();
			for (RoleAssignment role : p.getRoles()) {
				for (Actor actor : role.getActors()) {
					if (ReportCase.speaksFor(actor, organisation)) {
						roles.add(ReportCase.label(role.getRole()) + ReportCase.through(actor, organisation));
					}
				}
			}
			cell(html, roles);
			List<String> leaders = new ArrayList<>();
			if (p.getLeadership() != null) {
				for (LeaderRole leader : p.getLeadership().getLeaders()) {
					if (ReportCase.speaksFor(leader.getActor(), organisation)) {
						leaders.add(leader(leader));
					}
				}
			}
			cell(html, leaders);
			List<String> resources = new ArrayList<>();
			for (Resource resource : p.getResources()) {
				if (resource.getProvidedBy() != null && ReportCase.speaksFor(resource.getProvidedBy(), organisation)) {
					resources.add((resource.isSetKind() ? ReportCase.label(resource.getKind()) : "Resource")
							+ (resource.getDescription() == null ? "" : ": " + resource.getDescription())
							+ (resource.isCommitted() ? " (committed)" : ""));
				}
			}
			cell(html, resources);
			List<String> drivers = new ArrayList<>();
			for (Driver driver : membership.getDrivers()) {
				drivers.add(ReportCase.label(driver.getKind()) + (driver.getWeight() > 0 ? " " + Math.round(driver.getWeight() * 100) + "%" : ""));
			}
			if (drivers.isEmpty() && !p.getDrivers().isEmpty()) {
				drivers.add("as the partnership");
			}
			cell(html, drivers);
			html.end();
		}
		html.end().end();
		if (p.getMemberships().isEmpty()) {
			html.element("p", "No member organisations are recorded.", "class", "missing");
		}
	}

	private static List<String> membershipRole(Membership membership) {
		List<String> words = new ArrayList<>();
		words.add(membership.isSetRole() ? ReportCase.label(membership.getRole()) : ReportCase.NOT_RECORDED);
		if (membership.isRetainsOwnManagement()) {
			words.add("keeps its own management");
		}
		if (membership.isControlsBudget()) {
			words.add("controls the budget");
		}
		if (!membership.getCompetesForFundingWith().isEmpty()) {
			words.add("competes for funding with " + ReportCase.names(membership.getCompetesForFundingWith().stream()
					.map(Membership::getOrganisation).toList()));
		}
		return words;
	}

	private static String leader(LeaderRole leader) {
		StringBuilder words = new StringBuilder(leader.getTitle() != null ? leader.getTitle() : ElementNames.name(leader.getActor()));
		if (words.toString().equalsIgnoreCase(ElementNames.name(leader.getActor())) && leader.getActor() instanceof Organisation) {
			words.setLength(0);
			words.append("Leads");
		}
		List<String> traits = new ArrayList<>();
		if (!leader.getAttributes().isEmpty()) {
			traits.add(ReportCase.labels(leader.getAttributes()));
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

	/** A cell of a list: one line each, or "none". */
	private static void cell(Html html, List<String> items) {
		html.start("td");
		if (items.isEmpty()) {
			html.element("span", "none", "class", "none");
		} else {
			html.start("ul", "class", "cell");
			items.forEach(item -> html.element("li", item));
			html.end();
		}
		html.end();
	}
}
