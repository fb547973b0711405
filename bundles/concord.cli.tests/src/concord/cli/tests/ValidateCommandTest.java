package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code concord validate} on real files: what it prints and how it exits. */
class ValidateCommandTest extends CliTestCase {

	/** "file: severity [RULE-ID] message (source)" for formats without line numbers. */
	private static final Pattern FINDING = Pattern.compile("^hub\\.partnership\\.xmi: (error|warning|info) \\[[A-Z]{2}-\\d{2}\\] .+\\(.+\\).*$");

	@BeforeEach
	void setUp() {
		Specs.hubXmi(folder.resolve("hub.partnership.xmi"));
	}

	@Test
	void reportsTheHubsTeachingFindingsWithRuleIdAndSource() {
		Cli.Run run = cli.run("validate", "hub.partnership.xmi");
		assertEquals(0, run.exitCode(), run::toString); // warnings only: below the default threshold
		List<String> lines = run.out().lines().toList();
		for (String rule : List.of("DF-03", "PL-04", "PL-06", "PL-11")) {
			assertTrue(lines.stream().anyMatch(l -> l.contains("[" + rule + "]")), rule + " missing:\n" + run);
		}
		lines.subList(0, lines.size() - 1).forEach(line -> assertTrue(FINDING.matcher(line).matches(), line));
		assertTrue(lines.get(lines.size() - 1).matches("\\d+ errors?, \\d+ warnings?, \\d+ info in 1 file"), run::toString);
		assertEquals("", run.err(), "no noise on stderr");
	}

	@Test
	void failOnWarningTurnsWarningsIntoExitCodeOne() {
		Cli.Run run = cli.run("validate", "--fail-on", "warning", "hub.partnership.xmi");
		assertEquals(1, run.exitCode(), run::toString);
	}

	@Test
	void aProfileCanSwitchRulesOffAndRegradeThem() throws IOException {
		Files.writeString(folder.resolve("quiet.profile"), """
				# teaching profile: no leadership rules; DF-03 is an error here
				disable PL-*
				severity DF-03 error
				""");
		Cli.Run run = cli.run("validate", "--profile", "quiet.profile", "hub.partnership.xmi");
		assertEquals(1, run.exitCode(), "DF-03 is an error now: " + run);
		assertFalse(run.out().contains("[PL-"), run::toString);
		assertTrue(run.out().contains("error [DF-03]"), run::toString);
	}

	@Test
	void aPacksProfileBesideTheSpecsAppliesAndTheCommandSaysSo() throws IOException {
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), folder.resolve("hub.partnership"));
		Files.writeString(folder.resolve("teaching.profile"), "disable PL-*\nseverity DF-03 error\n");
		Files.writeString(folder.resolve(".concord"), "profile teaching.profile\n");
		for (String spec : List.of("hub.partnership", "hub.partnership.xmi")) {
			Cli.Run run = cli.run("validate", spec);
			assertEquals(1, run.exitCode(), "DF-03 is an error under the pack's profile: " + run);
			assertFalse(run.out().contains("[PL-"), run::toString);
			assertTrue(run.out().contains("error [DF-03]"), run::toString);
			assertEquals("Rule profiles applied: teaching.profile\n", run.err(), run::toString);
		}
		Files.writeString(folder.resolve("mine.profile"), "enable PL-04\n");
		Cli.Run mine = cli.run("validate", "--profile", "mine.profile", "hub.partnership");
		assertTrue(mine.out().contains("[PL-04]"), "--profile is laid over the folder's: " + mine);
		assertFalse(mine.out().contains("[PL-06]"), mine::toString);
		assertEquals("Rule profiles applied: teaching.profile, mine.profile (--profile)\n", mine.err(), mine::toString);

		Files.writeString(folder.resolve("concord.profile"), "disable XX-99\n");
		Files.delete(folder.resolve(".concord"));
		Cli.Run broken = cli.run("validate", "hub.partnership");
		assertEquals(2, broken.exitCode(), broken::toString);
		assertTrue(broken.err().contains("concord.profile:1: ") && broken.err().contains("XX-99"), broken::toString);
	}

	@Test
	void anUnknownRuleInAProfileIsReportedWithItsLine() throws IOException {
		Files.writeString(folder.resolve("typo.profile"), "disable DF-03\ndisable XX-99\n");
		Cli.Run run = cli.run("validate", "--profile", "typo.profile", "hub.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("typo.profile:2:") && run.err().contains("XX-99"), run::toString);
		assertFalse(run.err().contains("Exception"), "no stack trace without --debug: " + run);
	}

	@Test
	void folderArgumentsAreSearchedForSpecs() throws IOException {
		Path nested = Files.createDirectories(folder.resolve("cases/uk"));
		Specs.hubXmi(nested.resolve("second.partnership.xmi"));
		Files.writeString(folder.resolve("cases/notes.txt"), "not a spec");
		Cli.Run run = cli.run("validate", ".");
		assertTrue(run.out().contains("in 2 files"), run::toString);
		assertTrue(run.out().contains("cases/uk/second.partnership.xmi: "), run::toString);
	}

	@Test
	void writesTheReportToAFileWhenAsked() {
		Cli.Run run = cli.run("validate", "--format", "json", "-o", "report.json", "hub.partnership.xmi");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(Files.exists(folder.resolve("report.json")));
		assertEquals("", run.out());
		assertTrue(run.err().contains("report written to report.json"), run::toString);
	}
}
