package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;
import concord.dsl.ide.document.SpecDocument;

/**
 * The map as a consultant uses it: the real server, the real GLSP client in headless Chromium. The
 * browser script opens the UK hub template, creates an organisation and a membership from the palette,
 * renames by direct edit, deletes and undoes, saves, exports, and tries a connection without the token;
 * then this test reads the spec on disk.
 */
class MapInBrowserTest {

	@TempDir
	Path folder;

	@Test
	void editingTheMapInABrowserWritesTheSpecAndKeepsEverythingElse() throws Exception {
		Path packs = Path.of(System.getProperty("concord.packs"));
		Path spec = folder.resolve("hub.partnership");
		Files.copy(packs.resolve("uk-victim-support-hub/hub.partnership"), spec);
		String original = Files.readString(spec);
		Path out = Files.createDirectories(folder.resolve("out"));

		BrowserRun.Result run;
		try (MapServer server = MapServer.start(MapSession.serving(List.of(spec), MapFixture.LANGUAGE), 0)) {
			run = BrowserRun.script("map.e2e.mjs", server.mapOf("hub.partnership").toString(), out.toString());
		}
		assertEquals(0, run.exitCode(), run.out());
		assertTrue(run.out().contains("\"markers\":"), run.out());

		String edited = Files.readString(spec);
		// Exactly two statements were added; every other byte, comments included, is as the analyst wrote it.
		String added = "\n\norganisation \"Youth offending team\"";
		String member = "\n\tmember \"Youth offending team\" as partner";
		assertTrue(edited.contains(added), edited);
		assertTrue(edited.contains(member), edited);
		assertEquals(original, edited.replace(added, "").replace(member, ""));
		assertTrue(edited.contains("organisation \"Benefits advice\""), "the deletion was undone");
		assertTrue(SpecDocument.open(spec, MapFixture.LANGUAGE).resource().getErrors().isEmpty(), "the saved spec reads");

		String sidecar = Files.readString(LayoutSidecar.fileFor(spec));
		assertTrue(sidecar.contains("\"actor:Youth offending team\""), sidecar);
		assertTrue(Files.readString(out.resolve("map.svg")).contains("Youth offending team"), "the SVG export shows the map");
		byte[] png = Files.readAllBytes(out.resolve("map.png"));
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4), "the PNG export is a PNG");
	}
}
