package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command line on specs written in the partnership language. */
class PartnershipTextTest extends CliTestCase {

	private static final Pattern FINDING = Pattern.compile("^hub\\.partnership:\\d+:\\d+: (error|warning|info) \\[[A-Z]{2}-\\d{2}\\] .+ \\(.+\\)$");

	@BeforeEach
	void setUp() throws IOException {
		Path example = Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership");
		Files.copy(example, folder.resolve("hub.partnership"));
	}

	@Test
	void validatesWithLineColumnRuleAndSource() {
		Cli.Run run = cli.run("validate", "hub.partnership");
		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.stream().anyMatch(l -> l.contains("[DF-03]")), run::toString);
		lines.subList(0, lines.size() - 1).forEach(line -> assertTrue(FINDING.matcher(line).matches(), line));
		assertEquals("", run.err(), "no noise on stderr");
	}

	@Test
	void aSyntaxErrorIsPositionedAndExitsTwo() throws IOException {
		Files.writeString(folder.resolve("broken.partnership"), "model \"m\"\npartnership \"p\" {\n  integration current { frost coordination }\n}\n");
		Cli.Run run = cli.run("validate", "broken.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().contains("broken.partnership:3:"), run::toString);
		assertTrue(run.out().contains("'coordination' is a Keast level, not a Frost stage"), run::toString);
	}

	@Test
	void convertsTextToXmiAndJsonAndBackWithTheSameFindings() throws Exception {
		assertEquals(0, cli.run("convert", "hub.partnership", "--to", "xmi").exitCode());
		assertEquals(0, cli.run("convert", "hub.partnership.xmi", "--to", "json").exitCode());
		Cli.Run back = cli.run("convert", "hub.partnership.json", "-o", "back.partnership");
		assertEquals(0, back.exitCode(), back::toString);
		assertEquals(rules("hub.partnership"), rules("back.partnership"), "the round trip changed what the rules see");
		assertEquals(rules("hub.partnership"), rules("hub.partnership.xmi"));
	}

	@Test
	void formatCheckThenFormatKeepsComments() throws IOException {
		Cli.Run check = cli.run("format", "--check", "hub.partnership");
		String before = Files.readString(folder.resolve("hub.partnership"));
		if (check.exitCode() == 1) {
			assertTrue(check.out().contains("hub.partnership: not in canonical layout"), check::toString);
			assertEquals(before, Files.readString(folder.resolve("hub.partnership")), "--check changed the file");
			assertEquals(0, cli.run("format", "hub.partnership").exitCode());
		}
		assertEquals(0, cli.run("format", "--check", "hub.partnership").exitCode(), "formatted text is canonical");
		String after = Files.readString(folder.resolve("hub.partnership"));
		assertTrue(after.contains("// Illustrative pair: the source does not name the competing agencies."), after);
		assertEquals(rules("hub.partnership"), rulesOfText(before));
	}

	@Test
	void formatCheckNamesTheFirstLineThatDiffers() throws IOException {
		Path hub = folder.resolve("hub.partnership");
		Files.writeString(hub, Files.readString(hub).replace("\tsector elected-office\n", "\tsector    elected-office\n"));
		Cli.Run check = cli.run("format", "--check", "hub.partnership");
		assertEquals(1, check.exitCode(), check::toString);
		assertEquals("hub.partnership:6: not in canonical layout: found '\\tsector    elected-office', expected '\\tsector elected-office'\n",
				check.out(), check::toString);
	}

	@Test
	void convertingToJsonOrXmiSaysTheCommentsAreNotKept() throws IOException {
		long comments = Files.readAllLines(folder.resolve("hub.partnership")).stream().filter(l -> l.strip().startsWith("//")
				|| l.contains(" // ")).count();
		for (String format : List.of("json", "xmi")) {
			Cli.Run run = cli.run("convert", "hub.partnership", "--to", format);
			assertEquals(0, run.exitCode(), run::toString);
			assertTrue(run.err().startsWith("concord: " + format.toUpperCase() + " cannot keep comments: the " + comments
					+ " comments of hub.partnership (such as \"interp.\" marks) are not in hub.partnership." + format), run::toString);
		}
		Cli.Run back = cli.run("convert", "hub.partnership.json", "-o", "back.partnership");
		assertEquals("", back.err(), "a spec from JSON has no comments to lose: " + back);
	}

	@Test
	void anEmptyFolderIsAnInputErrorForEveryCommand() throws IOException {
		Files.createDirectory(folder.resolve("empty"));
		for (String[] command : List.of(new String[] { "validate", "empty" }, new String[] { "format", "empty" },
				new String[] { "format", "--check", "empty" }, new String[] { "convert", "empty", "--to", "json" })) {
			Cli.Run run = cli.run(command);
			assertEquals(2, run.exitCode(), run::toString);
			assertTrue(run.err().contains("empty: "), run::toString);
			assertTrue(!run.err().contains("Exception"), run::toString);
		}
		assertTrue(cli.run("validate", "empty").err().contains("empty: no specs in this folder"));
	}

	@Test
	void formatRefusesFilesWithSyntaxErrorsAndChangesNothing() throws IOException {
		String broken = "model \"m\" partnership \"p\" { budgetz }\n";
		Files.writeString(folder.resolve("broken.partnership"), broken);
		Cli.Run run = cli.run("format", "broken.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(broken, Files.readString(folder.resolve("broken.partnership")));
		assertFalse(run.err().contains("Exception"), run::toString);
	}

	private Set<String> rules(String file) throws IOException {
		Cli.Run run = cli.run("validate", "--format", "json", file);
		JsonNode report = new ObjectMapper().readTree(run.out());
		Set<String> rules = new TreeSet<>();
		report.get("findings").forEach(f -> rules.add(f.get("rule").asText() + " " + f.get("message").asText()));
		return rules;
	}

	private Set<String> rulesOfText(String text) throws IOException {
		Files.writeString(folder.resolve("original.partnership"), text);
		return rules("original.partnership");
	}
}
