package concord.report;

import java.util.ArrayList;
import java.util.List;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Driver;
import concord.model.partnership.Partnership;
import concord.report.views.PartnerRow;

/**
 * One row per member organisation: membership role, collaboration roles, leadership, resources, drivers. The rows
 * are {@link PartnerRow}s, the same the workbench's matrix shows, worded here for the board.
 */
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
		for (PartnerRow row : PartnerRow.of(p)) {
			html.start("tr").element("th", ElementNames.name(row.membership().getOrganisation()), "scope", "row");
			List<String> membership = new ArrayList<>();
			membership.add(row.memberRole().map(PartnerRow::capitalised).orElse(ReportCase.NOT_RECORDED));
			membership.addAll(row.membershipTerms());
			cell(html, membership);
			cell(html, row.collaborationRoles().stream().map(PartnerRow::capitalised).toList());
			cell(html, row.leaders().stream().map(PartnerRow::leaderDetails).toList());
			cell(html, row.resources().stream().map(resource -> PartnerRow.capitalised(PartnerRow.resourceText(resource))).toList());
			// the report shows a driver's weight as a share, where the workbench shows the spec's number
			List<String> drivers = new ArrayList<>();
			for (Driver driver : row.membership().getDrivers()) {
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
