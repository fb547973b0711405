package concord.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The reports pass axe-core's checks (headings, table headers, language, contrast, image text) in
 * Debian's Chromium with no serious or critical violation, and load nothing from outside the file.
 */
class ReportAccessibilityTest {

	@Test
	void everyReportPassesAxeWithoutSeriousViolations() throws Exception {
		Path client = Path.of(System.getProperty("concord.client"));
		Path chromium = Path.of(System.getProperty("concord.chromium"));
		assertTrue(Files.isExecutable(chromium), chromium + " is missing: install Debian's chromium (.ci/run does)");
		assertTrue(Files.isDirectory(client.resolve("node_modules/axe-core")), "axe-core is missing: the concord.diagram.client build runs npm ci");
		List<String> command = new ArrayList<>(List.of("node", System.getProperty("concord.axe")));
		// kept for a look after the build: target/reports/*.html
		Path folder = Files.createDirectories(Path.of("target", "reports"));
		List<Path> specs = ReportCases.specs();
		for (int i = 0; i < specs.size(); i++) {
			ReportCases.Rendered report = ReportCases.render(specs.get(i));
			Path page = folder.resolve(report.toString().replace('/', '-').replace(".partnership", ".html"));
			Files.writeString(page, report.html(), StandardCharsets.UTF_8);
			command.add(page.toString());
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("CONCORD_CLIENT", client.toString());
		builder.environment().put("CONCORD_CHROMIUM", chromium.toString());
		Process node = builder.start();
		node.getOutputStream().close();
		String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!node.waitFor(5, TimeUnit.MINUTES)) {
			node.destroyForcibly();
		}
		assertEquals(0, node.exitValue(), out);
		List<String> lines = out.lines().filter(l -> l.startsWith("{\"file\"")).toList();
		assertEquals(specs.size(), lines.size(), "one result per report: " + out);
		List<String> serious = new ArrayList<>();
		for (String line : lines) {
			if (line.contains("\"impact\":\"serious\"") || line.contains("\"impact\":\"critical\"")) {
				serious.add(line);
			}
			assertTrue(line.endsWith("\"outside\":[]}"), "the report loads nothing from outside: " + line);
		}
		assertEquals(List.of(), serious, "serious or critical accessibility violations");
		System.out.println(String.join(System.lineSeparator(), lines));
	}
}
