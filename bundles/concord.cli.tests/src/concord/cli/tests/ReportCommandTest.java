package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code concord report}: the board's assessment as HTML and PDF, with the map from the map's own exporter. */
class ReportCommandTest extends CliTestCase {

	private Path hub() throws Exception {
		Path hub = folder.resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), hub);
		return hub;
	}

	@Test
	void writesOneSelfContainedHtmlFileWithTheMap() throws Exception {
		hub();
		Cli.Run run = cli.run("report", "hub.partnership");
		assertEquals(0, run.exitCode(), run.toString());
		String html = Files.readString(folder.resolve("hub.html"));
		assertTrue(html.contains("<h2 id=\"kickert-title\">") && html.contains("<h2 id=\"gaps-title\">Gaps in the model</h2>"), "the sections");
		Matcher map = Pattern.compile("<img src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
		assertTrue(map.find(), "the map, inlined");
		String svg = new String(Base64.getDecoder().decode(map.group(1)), StandardCharsets.UTF_8);
		assertTrue(svg.contains("Legend") && svg.contains("Victim Support"), "the map's own page, with its legend");
		assertFalse(Pattern.compile("(?i)(src|href)=\"https?:").matcher(html).find(), "no link out of the document");
		assertTrue(run.out().contains("hub.html"), run.out());

		Cli.Run again = cli.run("report", "hub.partnership");
		assertEquals(2, again.exitCode());
		assertTrue(again.err().contains("hub.html: already exists; use --force to replace it"), again.err());
	}

	@Test
	void printsAnA4PdfWithPageNumbers() throws Exception {
		hub();
		Cli.Run run = cli.run("report", "hub.partnership", "--format", "pdf", "-o", "assessment.pdf");
		assertEquals(0, run.exitCode(), run.toString());
		try (PDDocument pdf = Loader.loadPDF(folder.resolve("assessment.pdf").toFile())) {
			assertTrue(pdf.getNumberOfPages() >= 10, "cover and one page or more per section: " + pdf.getNumberOfPages());
			assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4 width in points");
			assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), "A4 height in points");
			String text = new PDFTextStripper().getText(pdf);
			for (String words : new String[] { "Contents", "What matters most", "Partners and roles", "Integration ladder", "Public value canvas",
					"Gaps in the model", "Victim Support", "DF-03", "Page 1 of " + pdf.getNumberOfPages() }) {
				assertTrue(text.contains(words), "the PDF says '" + words + "'");
			}
			// pictures of the pages for docs/report.md
			Path pages = Files.createDirectories(Path.of("target", "report-pages"));
			PDFRenderer renderer = new PDFRenderer(pdf);
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				BufferedImage page = renderer.renderImageWithDPI(i, 96);
				ImageIO.write(page, "png", pages.resolve(String.format("page-%02d.png", i + 1)).toFile());
			}
		}
	}

	@Test
	void withoutChromiumTheHtmlSaysWhyTheMapIsMissing() throws Exception {
		hub();
		Cli.Run run = cli.run("report", "hub.partnership", "--chromium", "/nowhere/chromium");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().contains("warning: no map in the report: /nowhere/chromium: no Chromium there"), run.err());
		String html = Files.readString(folder.resolve("hub.html"));
		assertTrue(html.contains("The map is not in this report: /nowhere/chromium: no Chromium there"), "a note in the map's place");

		Cli.Run pdf = cli.run("report", "hub.partnership", "--format", "pdf", "--chromium", "/nowhere/chromium");
		assertEquals(2, pdf.exitCode(), pdf.toString());
		assertTrue(pdf.err().contains("/nowhere/chromium: no Chromium there"), pdf.err());
		assertFalse(Files.exists(folder.resolve("hub.pdf")));
	}

	@Test
	void saysWhatIsWrongWithItsInput() throws Exception {
		Cli.Run none = cli.run("report", "nowhere.partnership");
		assertEquals(2, none.exitCode());
		assertTrue(none.err().contains("nowhere.partnership"), none.err());
		hub();
		Cli.Run format = cli.run("report", "hub.partnership", "--format", "docx");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().contains("docx"), format.err());
		Files.writeString(folder.resolve("broken.partnership"), "model \"Broken\"\npartnership \"P\" {\n\tmember \"Nobody\" as partner\n}\n");
		Cli.Run broken = cli.run("report", "broken.partnership");
		assertEquals(2, broken.exitCode());
		assertTrue(broken.err().contains("broken.partnership:3:"), "the line of the error: " + broken.err());
	}

	@Test
	void validateFiltersByKindAndWritesItInJsonAndSarif() throws Exception {
		hub();
		Cli.Run gaps = cli.run("validate", "hub.partnership", "--kind", "gap", "--format", "json");
		JsonNode findings = new ObjectMapper().readTree(gaps.out()).path("findings");
		assertTrue(findings.size() > 0, gaps.out());
		for (JsonNode finding : findings) {
			assertEquals("gap", finding.path("kind").asText(), finding.toString());
		}
		Cli.Run risks = cli.run("validate", "hub.partnership", "--kind", "risk", "--format", "sarif");
		JsonNode results = new ObjectMapper().readTree(risks.out()).path("runs").get(0).path("results");
		assertTrue(results.size() > 0, risks.out());
		for (JsonNode result : results) {
			assertEquals("risk", result.path("properties").path("kind").asText(), result.toString());
		}
		Cli.Run bad = cli.run("validate", "hub.partnership", "--kind", "danger");
		assertEquals(2, bad.exitCode());
		assertTrue(bad.err().contains("'danger' is not a kind of finding: risk or gap"), bad.err());
		Cli.Run explain = cli.run("explain", "DF-01");
		assertTrue(explain.out().contains("Kind:     gap (a gap in the model: something is not recorded)"), explain.out());
	}
}
