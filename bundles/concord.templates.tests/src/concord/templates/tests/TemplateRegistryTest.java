package concord.templates.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.templates.PackException;
import concord.templates.PackManifest;
import concord.templates.PackReader;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.validation.RuleCatalogue;
import concord.validation.catalogue.Rule;

/** Pack -> install -> new spec, and saving a spec as a new pack. */
class TemplateRegistryTest {

	@TempDir
	Path folder;

	@Test
	void packInstallNewSpecRoundTrip() throws Exception {
		TemplateRegistry registry = new TemplateRegistry(folder.resolve("user"));
		TemplatePack installed = registry.install(Packs.zip(folder.resolve("tiny.zip"), Packs.good()), false);
		assertEquals("tiny-hub", installed.id());
		assertTrue(registry.find("tiny-hub").isPresent());

		List<Path> written = registry.newSpecs(installed, folder.resolve("work"));
		assertEquals(List.of(folder.resolve("work/hub.partnership"), folder.resolve("work/tiny-hub.profile"),
				folder.resolve("work/tiny-hub-notes.md"), folder.resolve("work/.concord")), written);
		assertTrue(Files.readString(folder.resolve("work/.concord")).contains("\nprofile tiny-hub.profile\n"),
				"the folder's specs follow the pack's profile");
		assertEquals("// a spec\n", Files.readString(written.get(0)));
		assertTrue(installed.profile().isEnabled(rule("DF-03")), "the pack's profile keeps the defaults");
		assertFalse(installed.profile().isEnabled(rule("DF-02")), "and disables what it says");

		PackException again = assertThrows(PackException.class, () -> registry.newSpecs(installed, folder.resolve("work")));
		assertTrue(again.getMessage().contains("already exists"), again.getMessage());
		assertEquals("// a spec\n", Files.readString(written.get(0)), "the user's file was kept");
	}

	@Test
	void installingTheSameIdTwiceNeedsReplace() throws Exception {
		TemplateRegistry registry = new TemplateRegistry(folder.resolve("user"));
		Path zip = Packs.zip(folder.resolve("tiny.zip"), Packs.good());
		registry.install(zip, false);
		PackException twice = assertThrows(PackException.class, () -> registry.install(zip, false));
		assertTrue(twice.getMessage().contains("already installed"), twice.getMessage());

		Map<String, String> newer = Packs.good();
		newer.put("NOTES.md", "# Tiny hub, second edition\n");
		registry.install(Packs.zip(folder.resolve("newer.zip"), newer), true);
		assertEquals("# Tiny hub, second edition\n", registry.find("tiny-hub").orElseThrow().notes());
	}

	@Test
	void aSpecSavedAsAPackReadsBackTheSame() throws Exception {
		PackManifest manifest = PackManifest.parse(Packs.MANIFEST.getBytes(StandardCharsets.UTF_8), "test");
		Map<String, byte[]> files = new LinkedHashMap<>();
		Packs.good().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
		Path zip = folder.resolve("saved.zip");
		TemplateRegistry.writeZip(manifest, files, zip);
		TemplatePack pack = new PackReader().read(zip);
		assertEquals(manifest, pack.manifest());
		assertEquals("disable DF-02\n", pack.text("teaching.profile"));
		byte[] first = Files.readAllBytes(zip);
		TemplateRegistry.writeZip(manifest, files, zip);
		assertArrayEquals(first, Files.readAllBytes(zip), "saving twice gives the same bytes");
	}

	@Test
	void aBadProfileInAPackNamesThePackAndLine() throws Exception {
		Map<String, String> files = Packs.good();
		files.put("teaching.profile", "disable DF-02\ndisable XX-99\n");
		TemplatePack pack = new PackReader().read(Packs.zip(folder.resolve("typo.zip"), files));
		PackException bad = assertThrows(PackException.class, pack::profile);
		assertTrue(bad.getMessage().contains("typo.zip!/teaching.profile:2:"), bad.getMessage());
	}

	private static Rule rule(String id) {
		return RuleCatalogue.standard().find(id).orElseThrow();
	}

	@Test
	void brokenInstalledPacksAreReportedNotHidden() throws Exception {
		TemplateRegistry registry = new TemplateRegistry(folder.resolve("user"));
		Files.createDirectories(folder.resolve("user/broken"));
		Files.writeString(folder.resolve("user/broken/pack.json"), "{}");
		List<String> problems = new ArrayList<>();
		assertTrue(registry.installed(problems).isEmpty());
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).contains("field 'id' is missing"), problems::toString);
	}
}
