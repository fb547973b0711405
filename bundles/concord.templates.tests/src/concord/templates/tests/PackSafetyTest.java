package concord.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import concord.templates.PackException;
import concord.templates.PackLimits;
import concord.templates.PackReader;
import concord.templates.TemplateRegistry;

/** Packs are data only: every unsafe or broken pack is refused with a clear message, and nothing changes. */
class PackSafetyTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "../evil.md", "notes/../../evil.md", "/etc/evil.md", "C:/evil.md", "notes\\evil.md", "./evil.md" })
	void unsafeEntryNamesAreRefused(String name) throws IOException {
		Map<String, String> files = Packs.good();
		files.put(name, "gotcha");
		Path zip = Packs.zip(folder.resolve("bad.zip"), files);
		PackException refused = assertThrows(PackException.class, () -> new PackReader().read(zip));
		assertTrue(refused.getMessage().startsWith(zip.toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains(name), refused.getMessage());
	}

	@Test
	void linksInAZipAreRefused() throws IOException {
		Path zip = Packs.zipWithLink(folder.resolve("link.zip"));
		PackException refused = assertThrows(PackException.class, () -> new PackReader().read(zip));
		assertTrue(refused.getMessage().contains("'escape.md' is a link"), refused.getMessage());
	}

	@Test
	void linksInAFolderAreRefused() throws IOException {
		Path pack = Packs.folder(folder.resolve("pack"), Packs.good());
		Files.createSymbolicLink(pack.resolve("secrets.md"), Path.of("/etc/hostname"));
		PackException refused = assertThrows(PackException.class, () -> new PackReader().read(pack));
		assertTrue(refused.getMessage().contains("'secrets.md' is a link"), refused.getMessage());
	}

	@Test
	void oversizedEntriesAreRefusedByTheBytesRead() throws IOException {
		Map<String, String> files = Packs.good();
		files.put("big.md", "x".repeat(2_000));
		Path zip = Packs.zip(folder.resolve("big.zip"), files);
		PackException refused = assertThrows(PackException.class,
				() -> new PackReader(new PackLimits(200, 1_000, 10_000)).read(zip));
		assertTrue(refused.getMessage().contains("'big.md' is larger than 1000 bytes"), refused.getMessage());
	}

	@Test
	void tooManyEntriesAreRefused() throws IOException {
		Map<String, String> files = Packs.good();
		for (int i = 0; i < 10; i++) {
			files.put("extra" + i + ".md", "more");
		}
		Path zip = Packs.zip(folder.resolve("many.zip"), files);
		PackException refused = assertThrows(PackException.class,
				() -> new PackReader(new PackLimits(8, 1_000_000, 10_000_000)).read(zip));
		assertTrue(refused.getMessage().contains("too many entries"), refused.getMessage());
	}

	@Test
	void codeIsNotData() throws IOException {
		Map<String, String> files = Packs.good();
		files.put("install.sh", "rm -rf ~");
		PackException refused = assertThrows(PackException.class,
				() -> new PackReader().read(Packs.zip(folder.resolve("code.zip"), files)));
		assertTrue(refused.getMessage().contains("'install.sh' is not a data file"), refused.getMessage());
	}

	@Test
	void aManifestNamingAMissingFileIsRefused() throws IOException {
		Map<String, String> files = Packs.good();
		files.remove("teaching.profile");
		PackException refused = assertThrows(PackException.class,
				() -> new PackReader().read(Packs.zip(folder.resolve("missing.zip"), files)));
		assertTrue(refused.getMessage().contains("names 'teaching.profile', which the pack lacks"), refused.getMessage());
	}

	@Test
	void aBrokenManifestSaysWhereAndWhat() throws IOException {
		Map<String, String> files = Packs.good();
		files.put("pack.json", "{\n  \"id\": \"tiny-hub\",\n  \"title\": \n}");
		PackException broken = assertThrows(PackException.class,
				() -> new PackReader().read(Packs.zip(folder.resolve("json.zip"), files)));
		assertTrue(broken.getMessage().contains("pack.json:4: not valid JSON"), broken.getMessage());

		files.put("pack.json", Packs.MANIFEST.replace("\"title\": \"Tiny hub\",", ""));
		PackException missing = assertThrows(PackException.class,
				() -> new PackReader().read(Packs.zip(folder.resolve("title.zip"), files)));
		assertTrue(missing.getMessage().contains("field 'title' is missing"), missing.getMessage());
	}

	@Test
	void notAZipAtAll() throws IOException {
		Path garbage = Files.write(folder.resolve("garbage.zip"), new byte[] { 1, 2, 3, 4, 5, 6, 7 });
		PackException refused = assertThrows(PackException.class, () -> new PackReader().read(garbage));
		assertTrue(refused.getMessage().contains("not a zip file"), refused.getMessage());
	}

	@Test
	void aFailedInstallLeavesTheRegistryAsItWas() throws Exception {
		TemplateRegistry registry = new TemplateRegistry(folder.resolve("user"));
		registry.install(Packs.zip(folder.resolve("good.zip"), Packs.good()), false);
		List<Path> before = listing(registry.userFolder());

		Map<String, String> evil = Packs.good();
		evil.put("../../escape.md", "gotcha");
		assertThrows(PackException.class, () -> registry.install(Packs.zip(folder.resolve("evil.zip"), evil), true));
		assertEquals(before, listing(registry.userFolder()), "the registry changed after a refused install");
		assertTrue(Files.notExists(folder.resolve("escape.md")));

		List<String> problems = new ArrayList<>();
		assertEquals(1, registry.installed(problems).size());
		assertTrue(problems.isEmpty(), problems::toString);
	}

	private static List<Path> listing(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.map(root::relativize).sorted().toList();
		}
	}
}
