package concord.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import concord.model.partnership.Partnership;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingKind;

/**
 * The assessment a consultant hands a partnership board: one self-contained HTML document (styles
 * inline, the map as an inlined picture, no link out of the document) with a table of contents and the
 * {@link ReportSection sections} in order. Print it (or let Chromium print it) for the PDF: its print
 * style sheet sets A4 and starts each section on a new page.
 */
public final class AssessmentReport {

	private final Partnership partnership;
	private final List<Finding> findings;
	private String title;
	private String spec = "";
	private String rules = "the built-in rule profile";
	private LocalDate date = LocalDate.now();
	private String mapSvg;
	private String noMap = "No map was drawn for this report.";

	private AssessmentReport(Partnership partnership, List<Finding> findings) {
		this.partnership = Objects.requireNonNull(partnership);
		this.findings = List.copyOf(findings);
		this.title = partnership.getName() == null ? "Partnership" : partnership.getName();
	}

	/** A report on {@code partnership} with the findings of the rules on it (as the validator sorted them). */
	public static AssessmentReport of(Partnership partnership, List<Finding> findings) {
		return new AssessmentReport(partnership, findings);
	}

	/** The spec's file name, for the reader who wants to look up a line. */
	public AssessmentReport spec(String fileName) {
		this.spec = fileName;
		return this;
	}

	/** Which rule profiles decided the findings, in words. */
	public AssessmentReport rules(String profiles) {
		this.rules = profiles;
		return this;
	}

	public AssessmentReport date(LocalDate day) {
		this.date = day;
		return this;
	}

	/** The map page as the map's own exporter drew it (an SVG document). */
	public AssessmentReport map(String svg) {
		this.mapSvg = svg;
		return this;
	}

	/** No map: {@code why} stands in its place. */
	public AssessmentReport withoutMap(String why) {
		this.mapSvg = null;
		this.noMap = why;
		return this;
	}

	public String html() {
		ReportCase report = new ReportCase(partnership, findings, spec);
		Html html = new Html();
		html.trusted("<!DOCTYPE html>\n");
		html.start("html", "lang", "en").start("head");
		html.empty("meta", "charset", "utf-8");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		html.element("title", "Assessment: " + title);
		html.start("style").trusted(style()).end();
		html.end().line().start("body");
		html.start("header", "class", "cover");
		html.element("p", "Partnership assessment", "class", "kicker");
		html.element("h1", title);
		html.element("p", "Prepared with Concord on " + date + (spec.isEmpty() ? "" : " from " + spec) + ". Findings follow " + rules + ".",
				"class", "made");
		contents(html);
		html.end().line();
		html.start("main");
		for (ReportSection section : ReportSection.values()) {
			html.start("section", "id", section.id(), "aria-labelledby", section.id() + "-title", "class", "part");
			html.element("h2", section.title(), "id", section.id() + "-title");
			switch (section) {
			case SUMMARY -> SummarySection.write(html, report);
			case MAP -> map(html);
			case KICKERT -> KickertMatrix.write(html, report);
			case INTEGRATION -> IntegrationLadder.write(html, report);
			case PARTNERS -> PartnerRoleMatrix.write(html, report);
			case PUBLIC_VALUE -> PublicValueCanvas.write(html, report);
			case LIFE_CYCLE -> LifeCycleLane.write(html, report);
			case RISKS -> FindingList.write(html, report, FindingKind.RISK);
			case GAPS -> FindingList.write(html, report, FindingKind.GAP);
			}
			html.end().line();
		}
		html.end().end().end();
		return html.toString();
	}

	private static void contents(Html html) {
		html.start("nav", "aria-labelledby", "contents-title", "class", "contents");
		html.element("h2", "Contents", "id", "contents-title");
		html.start("ol");
		for (ReportSection section : ReportSection.values()) {
			html.start("li").element("a", section.title(), "href", "#" + section.id()).end();
		}
		html.end().end();
	}

	private void map(Html html) {
		if (mapSvg == null) {
			html.element("p", noMap, "class", "note no-map");
			return;
		}
		String svg = mapSvg.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "");
		html.start("figure", "class", "map");
		// an image, not inline SVG: the map's own ids and styles cannot collide with the report's
		html.empty("img", "src", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
				"alt", "The partnership map of " + title + ": member organisations by role, their people, groups, ties and "
						+ "tensions, with the legend; the same content is in the tables of this report.");
		html.element("figcaption", "The partnership map as Concord draws it, with its legend.");
		html.end();
	}

	private static String style() {
		try (InputStream in = AssessmentReport.class.getResourceAsStream("report.css")) {
			return new String(Objects.requireNonNull(in, "report.css is missing from concord.report").readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
