package concord.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import concord.model.helpers.ElementNames;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Partnership;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingKind;
import concord.validation.catalogue.Severity;

/** The first page in plain words: what the partnership is for, who is in it, what matters most and what to do. */
final class SummarySection {

	static final int MOST_IMPORTANT = 4;

	private SummarySection() {
	}

	static void write(Html html, ReportCase report) {
		Partnership p = report.partnership();
		html.start("h3").text("What the partnership is for").end();
		html.element("p", p.getPurpose() != null && !p.getPurpose().isBlank() ? p.getPurpose() : "No purpose is recorded.");
		if (p.getProblem() != null && p.getProblem().getStatement() != null) {
			html.start("p").element("strong", "The problem it works on: ").text(p.getProblem().getStatement()).end();
		}
		html.start("h3").text("Who is in it").end();
		html.element("p", p.getMemberships().size() + " organisations are members.");
		Map<MemberRole, List<String>> byRole = new LinkedHashMap<>();
		List<String> unassigned = new ArrayList<>();
		for (Membership membership : p.getMemberships()) {
			String name = ElementNames.name(membership.getOrganisation());
			if (membership.isSetRole()) {
				byRole.computeIfAbsent(membership.getRole(), r -> new ArrayList<>()).add(name);
			} else {
				unassigned.add(name);
			}
		}
		html.start("ul");
		byRole.forEach((role, names) -> html.start("li").element("strong", ReportCase.label(role) + ": ").text(String.join(", ", names)).end());
		if (!unassigned.isEmpty()) {
			html.start("li").element("strong", "Role not recorded: ").text(String.join(", ", unassigned)).end();
		}
		html.end();
		List<Finding> risks = report.findings(FindingKind.RISK);
		List<Finding> gaps = report.findings(FindingKind.GAP);
		html.start("h3").text("What matters most").end();
		html.element("p", "Concord's rules, which encode warnings of the partnership literature, found " + plural(risks.size(), "risk")
				+ " in what is recorded and " + plural(gaps.size(), "gap") + " (things the model does not record): "
				+ count(report, Severity.ERROR, "error") + ", " + count(report, Severity.WARNING, "warning") + " and "
				+ report.findings().stream().filter(f -> f.severity() == Severity.INFO).count() + " for information.");
		List<Finding> first = FindingAdvice.mostImportant(report.findings(), MOST_IMPORTANT);
		if (first.isEmpty()) {
			html.element("p", "Nothing to act on: no rule found a risk or a gap.");
			return;
		}
		html.start("ol", "class", "priorities");
		for (Finding finding : first) {
			html.start("li");
			html.start("p").element("strong", finding.ruleId() + " (" + finding.severity().word() + ", " + finding.rule().kind().word() + "): ")
					.text(finding.message()).end();
			html.start("p").element("strong", "What to do: ").text(FindingAdvice.whatToDo(finding)).end();
			html.end();
		}
		html.end();
	}

	private static String count(ReportCase report, Severity severity, String noun) {
		return plural(report.findings().stream().filter(f -> f.severity() == severity).count(), noun);
	}

	static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
