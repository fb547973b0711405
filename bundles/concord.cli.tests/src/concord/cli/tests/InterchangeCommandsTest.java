package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code concord export}, {@code import} and {@code diff} as a user runs them: files, exit codes, messages. */
class InterchangeCommandsTest extends CliTestCase {

	private Path hub;

	@BeforeEach
	void copyTheHub() throws IOException {
		hub = Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), folder.resolve("hub.partnership"));
	}

	@Test
	void exportedSheetsImportIntoANewSpecThatReadsCleanly() throws IOException {
		Cli.Run export = cli.run("export", "hub.partnership", "--format", "csv", "-o", "tables");
		assertEquals(0, export.exitCode(), export::toString);
		assertTrue(Files.readString(folder.resolve("tables/actors.csv")).startsWith("name,kind,description,sector,legitimacy,level,region,"),
				"the actors sheet starts with its documented header");
		assertTrue(Files.readString(folder.resolve("tables/memberships.csv"))
				.contains("Victim support hub (west of UK),Victim Support,lead agency,yes,"));

		Cli.Run imported = cli.run("import", "tables", "-o", "again.partnership");
		assertEquals(0, imported.exitCode(), imported::toString);
		Cli.Run validate = cli.run("validate", "again.partnership");
		assertTrue(validate.exitCode() <= 1, validate::toString);
		assertTrue(validate.err().isEmpty() || !validate.err().contains("error"), validate::toString);
	}

	@Test
	void aBadRowIsNamedByFileRowAndColumnAndNothingIsWritten() throws IOException {
		Path tables = Files.createDirectory(folder.resolve("tables"));
		Files.writeString(tables.resolve("actors.csv"), "name,kind\nVictim Support,organisation\nHub co-ordinator,persn\n");
		Cli.Run run = cli.run("import", "tables", "-o", "new.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("actors.csv:3:2: unknown kind \"persn\""), run::toString);
		assertTrue(run.err().contains("nothing was written"), run::toString);
		assertFalse(Files.exists(folder.resolve("new.partnership")));

		String before = Files.readString(hub);
		Cli.Run into = cli.run("import", "tables", "-o", "hub.partnership");
		assertEquals(2, into.exitCode(), into::toString);
		assertEquals(before, Files.readString(hub), "the spec is unchanged");
	}

	@Test
	void networkFilesAreWrittenAndNeverOverAFileThatExists() throws IOException {
		// each format's content is checked in process (concord.interchange.tests); here, the command's words and files
		for (String format : List.of("graphml", "kumu")) {
			Cli.Run run = cli.run("export", "hub.partnership", "--format", format);
			assertEquals(0, run.exitCode(), run::toString);
		}
		assertTrue(Files.readString(folder.resolve("hub.graphml")).contains("<graphml"));
		JsonNode kumu = new ObjectMapper().readTree(folder.resolve("hub.kumu.json").toFile());
		assertTrue(kumu.get("elements").size() > 20 && kumu.get("connections").size() > 20, kumu::toString);

		Cli.Run again = cli.run("export", "hub.partnership", "--format", "graphml");
		assertEquals(2, again.exitCode(), again::toString);
		assertTrue(again.err().contains("already exists; use --force"), again::toString);
	}

	@Test
	void diffListsTheEditsInTextAndJson() throws IOException {
		Files.writeString(folder.resolve("edited.partnership"),
				Files.readString(hub).replace("\tmember \"Benefits advice\" as signposted-service\n", ""));
		Cli.Run text = cli.run("diff", "hub.partnership", "edited.partnership");
		assertEquals(0, text.exitCode(), text::toString);
		assertTrue(text.out().startsWith("partner left: partnership \"Victim support hub (west of UK)\": Benefits advice\n"), text::toString);

		Cli.Run json = cli.run("diff", "hub.partnership", "edited.partnership", "--format", "json");
		assertEquals(0, json.exitCode(), json::toString);
		JsonNode first = new ObjectMapper().readTree(json.out()).get("changes").get(0);
		assertEquals("partner left", first.get("change").asText());
		assertEquals("Benefits advice", first.get("before").asText());
	}

	@Test
	void networkRulesAreOffUntilAProfileTurnsThemOnAndTheMetricsNameTheBroker() throws IOException {
		// the two agencies are tied only through A's liaison officer, who reports to B
		Files.writeString(folder.resolve("pair.partnership"), """
				model "Two agencies"

				organisation "Agency A"

				organisation "Agency B"

				person "Liaison officer" {
					employer "Agency A"
				}

				partnership "Pair" {
					member "Agency A" as lead-agency
					member "Agency B" as partner
					governance {
						accountable "Liaison officer" to "Agency B"
					}
				}
				""");
		Cli.Run defaults = cli.run("validate", "pair.partnership");
		assertFalse(defaults.out().contains("[NW-"), defaults::toString);

		Files.writeString(folder.resolve("network.profile"), "profile network-review\nenable NW-*\n");
		Cli.Run enabled = cli.run("validate", "pair.partnership", "--profile", "network.profile");
		assertTrue(enabled.out().contains("warning [NW-01] Without Liaison officer the members fall apart into 2 groups"), enabled::toString);

		Cli.Run metrics = cli.run("network", "pair.partnership");
		assertEquals(0, metrics.exitCode(), metrics::toString);
		assertTrue(metrics.out().startsWith("partnership \"Pair\": 3 actors, 2 ties, 1 group\n  articulation points: Liaison officer\n"),
				metrics::toString);
	}
}
