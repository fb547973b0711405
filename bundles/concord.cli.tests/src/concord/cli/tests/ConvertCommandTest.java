package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import concord.model.ConcordModel;
import concord.model.tests.fixtures.UkVictimSupportHub;

/** {@code concord convert} between XMI and JSON: round-trip safe, atomic, never clobbering. */
class ConvertCommandTest extends CliTestCase {

	@BeforeEach
	void setUp() {
		Specs.hubXmi(folder.resolve("hub.partnership.xmi"));
	}

	@Test
	void xmiToJsonAndBackKeepsTheModel() throws IOException {
		Cli.Run toJson = cli.run("convert", "hub.partnership.xmi", "--to", "json");
		assertEquals(0, toJson.exitCode(), toJson::toString);
		assertTrue(toJson.out().contains("wrote hub.partnership.json"), toJson::toString);
		new ObjectMapper().readTree(folder.resolve("hub.partnership.json").toFile()); // well-formed JSON

		Cli.Run back = cli.run("convert", "hub.partnership.json", "-o", "back.partnership.xmi");
		assertEquals(0, back.exitCode(), back::toString);

		EObject original = UkVictimSupportHub.build();
		EObject roundTripped = load(folder.resolve("back.partnership.xmi"));
		assertTrue(EcoreUtil.equals(original, roundTripped), "XMI -> JSON -> XMI changed the model");
	}

	@Test
	void refusesToReplaceAnExistingFileWithoutForce() throws IOException {
		Files.writeString(folder.resolve("hub.partnership.json"), "my own notes");
		Cli.Run run = cli.run("convert", "hub.partnership.xmi", "--to", "json");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("already exists; use --force"), run::toString);
		assertEquals("my own notes", Files.readString(folder.resolve("hub.partnership.json")));

		assertEquals(0, cli.run("convert", "hub.partnership.xmi", "--to", "json", "--force").exitCode());
		assertTrue(Files.readString(folder.resolve("hub.partnership.json")).contains("Victim Support"));
	}

	@Test
	void aBrokenInputWritesNothing() throws IOException {
		Files.writeString(folder.resolve("broken.partnership.json"), "{ \"eClass\": \"http://concord.dev/partnership/1.0#//PartnershipModel\", ");
		Cli.Run run = cli.run("convert", "broken.partnership.json", "--to", "xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("broken.partnership.json:1:"), "positioned: " + run);
		assertFalse(Files.exists(folder.resolve("broken.partnership.xmi")));
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
		}
	}

	@Test
	void saysWhichFormatWhenNeitherToNorOutputIsGiven() {
		Cli.Run run = cli.run("convert", "hub.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("--to partnership|xmi|json"), run::toString);
	}

	private static EObject load(Path file) {
		Resource resource = ConcordModel.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
		return resource.getContents().get(0);
	}
}
