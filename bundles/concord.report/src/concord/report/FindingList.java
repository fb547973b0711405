package concord.report;

import java.util.List;

import concord.validation.catalogue.Category;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingKind;

/** The findings of one kind, grouped by the framework they come from: id, severity, explanation, what to do, source. */
final class FindingList {

	private FindingList() {
	}

	/** The message's first sentence, with the model's names in it: what a reader scans for. */
	static String headline(String message) {
		int end = message.indexOf(". ");
		return end < 0 ? message : message.substring(0, end + 1);
	}

	static void write(Html html, ReportCase report, FindingKind kind) {
		List<Finding> findings = report.findings(kind);
		html.element("p", kind == FindingKind.RISK
				? "Warnings of the literature about what the model records. Each says what the sources warn of and what to do."
				: "Things the literature expects that the model does not record. The partnership may have them; the record does not say so.");
		if (findings.isEmpty()) {
			html.element("p", kind == FindingKind.RISK ? "No risks found." : "No gaps found.");
			return;
		}
		for (Category category : Category.values()) {
			List<Finding> ofCategory = findings.stream().filter(f -> f.rule().category() == category).toList();
			if (ofCategory.isEmpty()) {
				continue;
			}
			html.element("h3", category.title() + " (" + category.prefix() + ")");
			html.element("p", "Framework: " + category.framework() + ".", "class", "framework");
			for (Finding finding : ofCategory) {
				html.start("div", "class", "finding " + finding.severity().word(), "id", null);
				html.start("h4").element("span", finding.ruleId(), "class", "rule").text(" ")
						.element("span", finding.severity().word(), "class", "severity " + finding.severity().word()).text(" ")
						.text(headline(finding.message())).end();
				html.start("dl");
				html.element("dt", "Finding").element("dd", finding.message());
				html.element("dt", "What to do").element("dd", FindingAdvice.whatToDo(finding));
				html.element("dt", "Source").element("dd", finding.source(), "class", "source");
				html.element("dt", "Where").element("dd", (report.spec().isEmpty() ? "" : report.spec() + ", ") + FindingAdvice.where(finding));
				html.end();
				html.end();
			}
		}
	}
}
