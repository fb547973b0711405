package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code concord template}: a trainer builds a pack, installs it, and a consultant starts from it. */
class TemplateCommandTest extends CliTestCase {

	private static final String MANIFEST = """
			{ "id": "tiny-hub", "title": "Tiny hub", "summary": "Two agencies under one roof.",
			  "author": "Concord tests", "version": "1.0.0", "tags": ["hub"],
			  "sources": ["Parker, Hartley, Beashel & Vo 2020"], "specs": ["hub.partnership"],
			  "notes": "NOTES.md", "teaches": [] }
			""";

	@BeforeEach
	void setUp() throws IOException {
		Path pack = Files.createDirectories(folder.resolve("tiny"));
		Files.writeString(pack.resolve("pack.json"), MANIFEST);
		Files.writeString(pack.resolve("hub.partnership"), "// two agencies\nmodel \"Tiny hub\"\n");
		Files.writeString(pack.resolve("NOTES.md"), "# Tiny hub\nWhat co-location brings.\n");
	}

	@Test
	void packInstallListShowAndNew() throws IOException {
		Cli.Run pack = cli.run("template", "pack", "tiny", "-o", "tiny.zip");
		assertEquals(0, pack.exitCode(), pack::toString);

		Cli.Run install = cli.run("template", "--templates", "user", "install", "tiny.zip");
		assertEquals(0, install.exitCode(), install::toString);
		assertTrue(Files.exists(folder.resolve("user/tiny-hub/pack.json")));

		Cli.Run list = cli.run("template", "--templates", "user", "list");
		assertTrue(list.out().lines().anyMatch(l -> l.startsWith("tiny-hub") && l.contains("installed") && l.contains("Tiny hub")),
				list::toString);

		Cli.Run show = cli.run("template", "--templates", "user", "show", "tiny-hub");
		assertTrue(show.out().contains("What co-location brings."), show::toString);

		Cli.Run created = cli.run("template", "--templates", "user", "new", "tiny-hub", "work");
		assertEquals(0, created.exitCode(), created::toString);
		assertEquals("// two agencies\nmodel \"Tiny hub\"\n", Files.readString(folder.resolve("work/hub.partnership")));
	}

	@Test
	void aBuiltInCaseStartsANewSpecThatTeachesWithItsProfile() throws IOException {
		Cli.Run list = cli.run("template", "--templates", "user", "list");
		assertTrue(list.out().lines().anyMatch(l -> l.startsWith("uk-victim-support-hub") && l.contains("built-in")),
				list::toString);
		Cli.Run created = cli.run("template", "--templates", "user", "new", "uk-victim-support-hub", "case");
		assertEquals(0, created.exitCode(), created::toString);
		assertTrue(created.out().contains("wrote case/uk-victim-support-hub-notes.md\n"), created::toString);
		assertTrue(created.out().contains("\nNext:\n  concord validate case    the findings the case raises (CL-03, "), created::toString);
		assertTrue(created.out().contains("\n  concord serve case/hub.partnership    "), created::toString);
		assertTrue(Files.readString(folder.resolve("case/uk-victim-support-hub-notes.md")).contains("DF-03"), "the trainer's notes came along");
		Cli.Run run = cli.run("validate", "case");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("[PL-04]"), run::toString);
		assertFalse(run.out().contains("[NZ-01]"), "the pack's profile, followed without --profile, switches NZ-01 off: " + run);
		assertEquals("Rule profiles applied: case/uk-victim-support-hub.profile\n", run.err(), run::toString);

		Cli.Run second = cli.run("template", "--templates", "user", "new", "t14-divergent-drivers", "case");
		assertEquals(2, second.exitCode(), "a folder follows one pack's profile: " + second);
		assertTrue(second.err().contains("start t14-divergent-drivers in a folder of its own, e.g. case/t14-divergent-drivers"), second::toString);
		assertEquals(0, cli.run("template", "--templates", "user", "new", "t14-divergent-drivers", "case/t14-divergent-drivers").exitCode());
	}

	@Test
	void anUnsafePackIsRefusedAndNothingIsInstalled() throws IOException {
		Files.writeString(folder.resolve("tiny/run.sh"), "echo hi");
		Cli.Run install = cli.run("template", "--templates", "user", "install", "tiny");
		assertEquals(2, install.exitCode(), install::toString);
		assertTrue(install.err().contains("'run.sh' is not a data file"), install::toString);
		assertFalse(Files.exists(folder.resolve("user/tiny-hub")));
	}

	@Test
	void aPackWhoseSpecDoesNotReadIsRefusedWithThePositionAndNothingIsInstalled() throws IOException {
		Files.writeString(folder.resolve("tiny/hub.partnership"), "model \"Tiny hub\"\npartnership \"p\" {\n\tmember \"Nobody\"\n}\n");
		Cli.Run install = cli.run("template", "--templates", "user", "install", "tiny");
		assertEquals(2, install.exitCode(), install::toString);
		assertTrue(install.err().contains("tiny-hub/hub.partnership:3:9:"), install::toString);
		assertFalse(Files.exists(folder.resolve("user/tiny-hub")));
	}

	@Test
	void aSpecSavedAsAPackInstallsAndStartsTheSameSpecAndTeachesWhatItRaises() throws IOException {
		Path spec = folder.resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), spec);
		Cli.Run save = cli.run("template", "--templates", "user", "save", "hub.partnership", "--id", "my-hub", "--title", "My hub",
				"--source", "Parker, Hartley, Beashel & Vo (2020)", "--install");
		assertEquals(0, save.exitCode(), save::toString);

		Cli.Run show = cli.run("template", "--templates", "user", "show", "my-hub");
		assertTrue(show.out().contains("Parker, Hartley, Beashel & Vo (2020)"), show::toString);
		assertTrue(Files.readString(folder.resolve("user/my-hub/thumbnail.svg")).contains("Victim Support"), "thumbnail drawn from the model");

		Cli.Run created = cli.run("template", "--templates", "user", "new", "my-hub", "copy");
		assertEquals(0, created.exitCode(), created::toString);
		assertEquals(Files.readString(spec), Files.readString(folder.resolve("copy/hub.partnership")), "the same spec comes back");

		// The manifest teaches exactly what validate reports for the spec, and the drafted notes name each rule.
		Cli.Run validate = cli.run("validate", "--format", "json", "hub.partnership");
		Set<String> raised = new TreeSet<>();
		new ObjectMapper().readTree(validate.out()).findValues("rule").forEach(r -> raised.add(r.asText()));
		JsonNode manifest = new ObjectMapper()
				.readTree(folder.resolve("user/my-hub/pack.json").toFile());
		Set<String> teaches = new TreeSet<>();
		manifest.get("teaches").forEach(r -> teaches.add(r.asText()));
		assertEquals(raised, teaches);
		String notes = Files.readString(folder.resolve("user/my-hub/NOTES.md"));
		assertTrue(teaches.stream().allMatch(notes::contains), notes);
	}

	@Test
	void aPackThatDoesNotTeachWhatItSaysIsRefusedUnlessAllowedWithAWarning() throws IOException {
		Path manifest = folder.resolve("tiny/pack.json");
		Files.writeString(manifest, MANIFEST.replace("\"teaches\": []", "\"teaches\": [\"DF-03\"]"));
		Cli.Run refused = cli.run("template", "--templates", "user", "install", "tiny");
		assertEquals(2, refused.exitCode(), refused::toString);
		assertTrue(refused.err().contains("tiny-hub: pack.json says the pack teaches DF-03, but its specs raise no findings under its "
				+ "profile; not raised: DF-03. Correct 'teaches', or install with --allow-mismatch."), refused::toString);
		assertFalse(Files.exists(folder.resolve("user/tiny-hub")));

		Cli.Run allowed = cli.run("template", "--templates", "user", "install", "tiny", "--allow-mismatch");
		assertEquals(0, allowed.exitCode(), allowed::toString);
		assertTrue(allowed.err().contains("concord: warning: tiny-hub: pack.json says the pack teaches DF-03"), allowed::toString);
		assertTrue(Files.exists(folder.resolve("user/tiny-hub/pack.json")));
	}

	@Test
	void anUnknownPackIdSaysHowToList() {
		Cli.Run run = cli.run("template", "--templates", "user", "show", "nope");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("concord template list"), run::toString);
	}
}
