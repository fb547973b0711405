package concord.report;

import java.util.ArrayList;
import java.util.List;

import concord.model.partnership.BeneficiaryKind;
import concord.model.partnership.Outcome;
import concord.model.partnership.Partnership;
import concord.model.partnership.PublicValueProposition;
import concord.model.partnership.Resource;
import concord.model.partnership.TimeHorizon;

/**
 * Moore's strategic triangle as a canvas (proposition, authorising environment, operational capacity),
 * what is missing marked, and the outcomes by beneficiary and horizon (Benington; Page et al).
 */
final class PublicValueCanvas {

	private PublicValueCanvas() {
	}

	static void write(Html html, ReportCase report) {
		Partnership p = report.partnership();
		PublicValueProposition proposition = p.getProposition();
		html.start("div", "class", "canvas");
		box(html, "Public value proposition", proposition == null || blank(proposition.getStatement()) ? List.of()
				: List.of(proposition.getStatement()));
		List<String> authorising = new ArrayList<>();
		if (proposition != null) {
			proposition.getAuthorisingEnvironment().forEach(actor -> authorising.add(ReportCase.names(List.of(actor))));
			if (!blank(proposition.getMandate())) {
				authorising.add("Mandate: " + proposition.getMandate());
			}
		}
		box(html, "Authorising environment", authorising);
		List<String> capacity = new ArrayList<>();
		if (proposition != null) {
			for (Resource resource : proposition.getOperationalCapacity()) {
				capacity.add((resource.isSetKind() ? ReportCase.label(resource.getKind()) + ": " : "")
						+ (resource.getDescription() == null ? "" : resource.getDescription()));
			}
		}
		box(html, "Operational capacity", capacity);
		html.end();
		if (proposition != null && !proposition.getContestedBy().isEmpty()) {
			html.start("p").element("strong", "Contested by: ")
					.text(ReportCase.names(proposition.getContestedBy().stream().map(m -> m.getOrganisation()).toList())).end();
		}
		if (proposition != null && !proposition.getTranslators().isEmpty()) {
			html.start("p").element("strong", "Translated into practice by: ").text(ReportCase.names(proposition.getTranslators())).end();
		}
		html.element("h3", "Outcomes by beneficiary and horizon");
		if (p.getOutcomes().isEmpty()) {
			html.element("p", "No outcome is recorded.", "class", "missing");
			return;
		}
		html.start("table", "class", "matrix outcomes");
		html.element("caption", "Outcomes: who benefits (rows) and over which time horizon (columns).");
		html.start("thead").start("tr").element("th", "Beneficiary", "scope", "col");
		List<TimeHorizon> horizons = List.of(TimeHorizon.values());
		for (TimeHorizon horizon : horizons) {
			html.element("th", ReportCase.label(horizon), "scope", "col");
		}
		boolean undated = p.getOutcomes().stream().anyMatch(o -> !o.isSetHorizon());
		if (undated) {
			html.element("th", "Horizon not recorded", "scope", "col");
		}
		html.end().end().start("tbody");
		List<BeneficiaryKind> rows = new ArrayList<>(List.of(BeneficiaryKind.values()));
		rows.add(null);
		for (BeneficiaryKind beneficiary : rows) {
			List<Outcome> ofRow = p.getOutcomes().stream()
					.filter(o -> beneficiary == null ? !o.isSetBeneficiary() : o.isSetBeneficiary() && o.getBeneficiary() == beneficiary).toList();
			if (beneficiary == null && ofRow.isEmpty()) {
				continue;
			}
			html.start("tr").element("th", beneficiary == null ? "Beneficiary not recorded" : ReportCase.label(beneficiary), "scope", "row");
			List<TimeHorizon> columns = new ArrayList<>(horizons);
			if (undated) {
				columns.add(null);
			}
			for (TimeHorizon horizon : columns) {
				html.start("td");
				List<Outcome> here = ofRow.stream()
						.filter(o -> horizon == null ? !o.isSetHorizon() : o.isSetHorizon() && o.getHorizon() == horizon).toList();
				if (!here.isEmpty()) {
					html.start("ul", "class", "cell");
					for (Outcome outcome : here) {
						html.start("li").text(outcome.getStatement() == null ? "(no statement)" : outcome.getStatement());
						List<String> tags = new ArrayList<>();
						if (outcome.isSetBenington()) {
							tags.add(ReportCase.label(outcome.getBenington()));
						}
						if (outcome.isSetPage()) {
							tags.add(ReportCase.label(outcome.getPage()));
						}
						if (!tags.isEmpty()) {
							html.element("span", String.join("; ", tags), "class", "tag");
						}
						html.end();
					}
					html.end();
				}
				html.end();
			}
			html.end();
		}
		html.end().end();
	}

	private static void box(Html html, String title, List<String> items) {
		html.start("section", "class", items.isEmpty() ? "box missing-box" : "box", "aria-label", title);
		html.element("h3", title);
		if (items.isEmpty()) {
			html.element("p", "Missing: not recorded", "class", "missing");
		} else {
			html.start("ul");
			items.forEach(item -> html.element("li", item));
			html.end();
		}
		html.end();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
