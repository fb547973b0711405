package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The inputs that showed defects when the command line was probed with fuzzed and hostile input
 * (docs/reliability.md; the files are in concord.dsl.tests/cases/reliability, with what each showed).
 * Each runs alone in an empty folder, as in the probe, and must behave as that table's "Expected" says.
 */
class HostileInputTest extends CliTestCase {

	private Path copy(String name) throws IOException {
		Path cases = Path.of(System.getProperty("concord.cases"));
		return Files.copy(cases.resolve(name), folder.resolve(name));
	}

	@Test
	void aReferenceToTheWebIsAnErrorAndIsNeverFetched() throws IOException {
		for (String name : List.of("href-http.partnership.xmi", "ref-http.partnership.json")) {
			try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
				Path spec = copy(name);
				Files.writeString(spec, Files.readString(spec).replace("18765", String.valueOf(listener.getLocalPort())));
				Cli.Run run = cli.run("validate", name);
				assertEquals(2, run.exitCode(), run::toString);
				assertTrue(run.out().matches("(?s)" + java.util.regex.Pattern.quote(name) + ": error \\[reference\\] its (organisation|parent) "
						+ "refers to 'http://127\\.0\\.0\\.1:" + listener.getLocalPort() + "/evil\\.partnership\\.xmi#_x', but .*"), run::toString);
				assertTrue(run.out().contains("never fetches models from the network"), run::toString);
				assertFalse(run.out().contains("unnamed"), run::toString);
				// Concord has finished: a request it had made would be waiting in the listener's queue.
				listener.setSoTimeout(1);
				assertThrows(SocketTimeoutException.class, listener::accept, "Concord connected to the listener");
				Files.delete(spec);
			}
		}
	}

	@Test
	void aReferenceToAMissingFileNamesIt() throws IOException {
		copy("href-missing.partnership.xmi");
		Cli.Run run = cli.run("validate", "href-missing.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().contains("href-missing.partnership.xmi: error [reference] its organisation refers to "
				+ "'missing.partnership.xmi#_x', but there is no such file"), run::toString);
		assertFalse(run.out().contains("unnamed"), run::toString);
	}

	@Test
	void invalidUtf8IsTheSameErrorInEveryCommand() throws IOException {
		Path spec = copy("silent-invalid-utf8.partnership");
		byte[] before = Files.readAllBytes(spec);
		String position = "silent-invalid-utf8.partnership:2:28: ";
		String words = "byte 0xE9 at line 2, column 28";
		Cli.Run validate = cli.run("validate", spec.getFileName().toString());
		assertEquals(2, validate.exitCode(), validate::toString);
		assertTrue(validate.out().contains(position + "error [syntax] the file is not valid UTF-8: " + words), validate::toString);
		Cli.Run format = cli.run("format", spec.getFileName().toString());
		assertEquals(2, format.exitCode(), format::toString);
		assertTrue(format.err().contains(position + "the file is not valid UTF-8: " + words), format::toString);
		Cli.Run convert = cli.run("convert", spec.getFileName().toString(), "--to", "xmi");
		assertEquals(2, convert.exitCode(), convert::toString);
		assertTrue(convert.err().contains(position + "the file is not valid UTF-8: " + words), convert::toString);
		assertFalse(Files.exists(folder.resolve("silent-invalid-utf8.partnership.xmi")), "nothing converted");
		assertEquals(new String(before, StandardCharsets.ISO_8859_1), new String(Files.readAllBytes(spec), StandardCharsets.ISO_8859_1));
	}

	@Test
	void formatRefusesASpecWithErrorsAndLeavesItAsItWas() throws IOException {
		Path spec = copy("format-npe-duplicate-governance.partnership");
		String before = Files.readString(spec);
		Cli.Run run = cli.run("format", spec.getFileName().toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("format-npe-duplicate-governance.partnership:8:2: 'governance' is already given on line 7;"
				+ " write it once (a second one would replace the first)."), run::toString);
		assertTrue(run.err().contains("nothing was changed"), run::toString);
		assertFalse(run.err().contains("internal error"), run::toString);
		assertEquals(before, Files.readString(spec));
	}

	@Test
	void eightThousandNestedMistakesOnOneLineAreOneError() throws IOException {
		copy("hang-quadratic-syntax-errors-8000.partnership");
		Cli.Run run = cli.run("validate", "hang-quadratic-syntax-errors-8000.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		List<String> syntax = run.out().lines().filter(l -> l.contains(" error [syntax] ")).toList();
		assertEquals(1, syntax.size(), run::toString);
		assertTrue(syntax.get(0).startsWith("hang-quadratic-syntax-errors-8000.partnership:4:13: error [syntax] `member` is not a"
				+ " statement inside `member { }`"), syntax.get(0));
	}

	@Test
	void thousandsOfSyntaxErrorsAreReportedUpToACap() throws IOException {
		Files.writeString(folder.resolve("many.partnership"), "model \"x\"\n" + "organisation Victim\n".repeat(8_000));
		Cli.Run run = cli.run("validate", "many.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		List<String> syntax = run.out().lines().filter(l -> l.contains(" error [syntax] ")).toList();
		assertEquals(101, syntax.size(), "100 syntax errors and the count of the others");
		assertEquals("many.partnership:102:14: error [syntax] ... and 7900 more syntax errors (only the first 100 are reported)",
				syntax.get(100));
	}

	@Test
	void aTypoIsOneErrorInTheLanguagesWords() throws IOException {
		Files.writeString(folder.resolve("typo.partnership"), "model \"Hub\"\norganisation \"Police\" { sector statutory-public }\n"
				+ "partnership \"Hub\" {\n\tproblem \"Repeat victims\" { domain knowabel }\n\tmember \"Police\" as partnr\n}\n");
		Cli.Run run = cli.run("validate", "typo.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(List.of("typo.partnership:4:36: error [syntax] `knowabel` is not a problem domain; did you mean `knowable`?"
				+ " Expected one of: known, knowable, complex, chaotic.",
				"typo.partnership:5:21: error [syntax] `partnr` is not a member role; did you mean `partner`? Expected one of:"
						+ " lead-agency, partner, commissioner-funder, referrer, signposted-service, facilitator, host."),
				run.out().lines().filter(l -> l.contains(" error [syntax] ")).toList(), run::toString);
	}

	@Test
	void twentyThousandUnresolvedNamesAreEachReported() throws IOException {
		copy("hang-quadratic-unresolved-refs-20000.partnership");
		Cli.Run run = cli.run("validate", "hang-quadratic-unresolved-refs-20000.partnership");
		assertEquals(2, run.exitCode(), run::toString);
		long unresolved = run.out().lines().filter(l -> l.contains(" error [reference] ")).count();
		assertEquals(20_000, unresolved, () -> run.out().lines().limit(5).toList().toString());
		assertTrue(run.out().contains(":20003:"), "the last one is on line 20,003");
	}

	@Test
	void escapedNamesResolveAndAnApostropheSurvivesTheRoundTrip() throws IOException {
		copy("escaped-name-unresolvable.partnership");
		Cli.Run escaped = cli.run("validate", "escaped-name-unresolvable.partnership");
		assertFalse(escaped.out().contains("[reference]"), escaped::toString);
		assertTrue(escaped.exitCode() < 2, escaped::toString);

		copy("roundtrip-apostrophe.partnership");
		assertEquals(0, cli.run("convert", "roundtrip-apostrophe.partnership", "--to", "xmi").exitCode());
		Cli.Run back = cli.run("convert", "roundtrip-apostrophe.partnership.xmi", "-o", "back.partnership");
		assertEquals(0, back.exitCode(), back::toString);
		Cli.Run validate = cli.run("validate", "back.partnership");
		assertFalse(validate.out().contains("[reference]"), validate::toString);
		assertTrue(validate.exitCode() < 2, validate::toString);
		assertEquals(cli.run("validate", "--format", "json", "roundtrip-apostrophe.partnership").out()
				.replace("roundtrip-apostrophe.partnership", "F").replaceAll("\"line\" : \\d+|\"column\" : \\d+", ""),
				cli.run("validate", "--format", "json", "back.partnership").out().replace("back.partnership", "F")
						.replaceAll("\"line\" : \\d+|\"column\" : \\d+", ""), "the same findings before and after");
	}

	@Test
	void aDeeplyNestedPackManifestIsRefusedNamingIt() throws IOException {
		copy("pack-manifest-deep-json-exit3.zip");
		Cli.Run run = cli.run("template", "install", "pack-manifest-deep-json-exit3.zip", "--templates", "installed");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("pack-manifest-deep-json-exit3.zip: pack.json"), run::toString);
		assertFalse(run.err().contains("internal error"), run::toString);
	}

	@Test
	void anEmptyFolderIsAnInputError() throws IOException {
		Files.createDirectories(folder.resolve("empty"));
		for (String command : List.of("validate", "convert", "format")) {
			Cli.Run run = command.equals("convert") ? cli.run(command, "empty", "--to", "xmi") : cli.run(command, "empty");
			assertEquals(2, run.exitCode(), run::toString);
			assertTrue(run.err().startsWith("concord: empty"), run::toString);
		}
	}
}
