package concord.report;

import concord.model.catalogue.KickertCell;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.Governance;
import concord.model.partnership.ManagementPerspective;
import concord.report.views.KickertRow;

/**
 * Kickert, Klijn &amp; Koppenjan's table: the five dimensions under the classical and the network
 * perspective, in the catalogue's own cell texts, with the partnership's choice marked per dimension and
 * its authority structure beside.
 */
final class KickertMatrix {

	private KickertMatrix() {
	}

	static void write(Html html, ReportCase report) {
		Governance governance = report.partnership().getGovernance();
		html.start("p", "class", "beside");
		html.element("strong", "Authority structure: ");
		if (governance != null && governance.isSetAuthorityStructure()) {
			LiteralDoc authority = LiteralDoc.of(governance.getAuthorityStructure());
			html.text(authority.label() + (authority.definition().isEmpty() ? "" : ". " + authority.definition()));
		} else {
			html.element("span", "not recorded", "class", "missing");
		}
		html.end();
		html.start("table", "class", "matrix kickert");
		html.element("caption", "The five dimensions of Kickert's classical and network perspectives; the partnership's choice is marked ✓.");
		html.start("thead").start("tr");
		html.element("th", "Dimension", "scope", "col");
		for (ManagementPerspective perspective : ManagementPerspective.values()) {
			html.element("th", ReportCase.label(perspective), "scope", "col");
		}
		html.element("th", "This partnership", "scope", "col");
		html.end().end().start("tbody");
		boolean reconstructed = false;
		// the rows the workbench's matrix shows too; the row heading is the catalogue's own dimension words
		for (KickertRow row : KickertRow.of(report.partnership())) {
			ManagementPerspective chosen = row.chosen();
			html.start("tr");
			html.element("th", row.classical().dimension(), "scope", "row");
			for (ManagementPerspective perspective : ManagementPerspective.values()) {
				KickertCell cell = row.cell(perspective);
				reconstructed |= cell.reconstructed();
				html.start("td", "class", perspective == chosen ? "chosen" : null);
				if (perspective == chosen) {
					html.element("strong", "✓ ");
				}
				html.text(cell.text() + (cell.reconstructed() ? " *" : "")).end();
			}
			if (chosen == null) {
				html.start("td").element("span", ReportCase.NOT_RECORDED, "class", "missing").end();
			} else {
				html.element("td", ReportCase.label(chosen));
			}
			html.end();
		}
		html.end().end();
		if (reconstructed) {
			html.element("p", "* Cell text reconstructed where the source table is not legible; treat it as a prompt.", "class", "note");
		}
	}
}
