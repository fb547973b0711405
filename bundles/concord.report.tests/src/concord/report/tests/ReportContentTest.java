package concord.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Membership;
import concord.report.ReportSection;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingKind;

/** The report of the UK hub and of every built-in template: what a board member looks for is there. */
class ReportContentTest {

	static List<Path> specs() {
		return ReportCases.specs();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("specs")
	void hasEverySectionEveryMemberAndEveryFinding(Path spec) throws Exception {
		ReportCases.Rendered report = ReportCases.render(spec);
		String html = report.html();
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), "a document in English");
		for (ReportSection section : ReportSection.values()) {
			assertTrue(html.contains("<h2 id=\"" + section.id() + "-title\">" + escape(section.title()) + "</h2>"), section + " heading");
			assertTrue(html.contains("<a href=\"#" + section.id() + "\">"), section + " in the contents");
		}
		String partners = between(html, "id=\"partners\"", "id=\"public-value\"");
		for (Membership membership : report.partnership().getMemberships()) {
			assertTrue(partners.contains("<th scope=\"row\">" + escape(ElementNames.name(membership.getOrganisation())) + "</th>"),
					ElementNames.name(membership.getOrganisation()) + " has a row in the partner x role matrix");
		}
		assertEquals(report.partnership().getMemberships().size(), count(partners, "<th scope=\"row\">"), "one row per organisation");
		String risks = between(html, "id=\"risks\"", "id=\"gaps\"");
		String gaps = html.substring(html.indexOf("id=\"gaps\""));
		for (Finding finding : report.findings()) {
			String where = finding.rule().kind() == FindingKind.RISK ? risks : gaps;
			assertTrue(where.contains("<span class=\"rule\">" + finding.ruleId() + "</span>"), finding.ruleId() + " listed as a " + finding.rule().kind().word());
			assertTrue(where.contains(escape(finding.source())), finding.ruleId() + " with its source");
			assertTrue(where.contains(escape(finding.message())), finding.ruleId() + " with its message");
		}
		assertFalse(report.findings().isEmpty(), "every case has something to say");
		assertTrue(html.contains("<img src=\"data:image/svg+xml;base64,"), "the map is inlined");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("specs")
	void linksNowhereOutsideItself(Path spec) throws Exception {
		String html = ReportCases.render(spec).html();
		Matcher link = Pattern.compile("(?i)\\b(src|href|action|srcset|poster)\\s*=\\s*\"([^\"]*)\"").matcher(html);
		while (link.find()) {
			String target = link.group(2);
			assertTrue(target.startsWith("#") || target.startsWith("data:"), "a link out of the document: " + link.group());
		}
		assertFalse(Pattern.compile("(?i)https?://").matcher(html).find(), "no web address anywhere, not even as text");
		assertFalse(html.contains("url("), "the style sheet loads nothing");
	}

	@Test
	void marksTheHubsChoicesAndKeepsCollaborationApartOnEachScale() throws Exception {
		String html = ReportCases.render(ReportCases.specs().get(0)).html();
		String kickert = between(html, "id=\"kickert\"", "id=\"integration\"");
		assertEquals(5, count(kickert, "<td class=\"chosen\">"), "one choice marked per Kickert dimension");
		assertTrue(kickert.contains("Authority structure: </strong>Divided"), kickert);
		String ladder = between(html, "id=\"integration\"", "id=\"partners\"");
		assertEquals(3, count(ladder, "class=\"collaboration\""), "collaboration highlighted once on each of the three scales");
		for (String mark : List.of("current", "target", "Referrals", "Needs assessment")) {
			assertTrue(Pattern.compile("class=\"mark[^\"]*\">[^<]*\\b" + mark + "\\b").matcher(ladder).find(), mark + " marked on the ladder");
		}
		String canvas = between(html, "id=\"public-value\"", "id=\"life-cycle\"");
		assertTrue(canvas.contains("Police and Crime Commissioner") && canvas.contains("PCC funding for victim services"), canvas);
		assertTrue(canvas.contains("Emotional benefit"), "outcomes by beneficiary and horizon");
		String lane = between(html, "id=\"life-cycle\"", "id=\"risks\"");
		assertTrue(lane.contains("current phase") && lane.contains("Monitoring"), lane);
	}

	private static String between(String html, String from, String to) {
		int start = html.indexOf(from);
		int end = html.indexOf(to, start);
		assertTrue(start >= 0 && end > start, from + " before " + to);
		return html.substring(start, end);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}
}
