package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;

/**
 * The UK hub in a small window of Debian's Chromium (760x560, about what the workbench gives the map
 * beside the text): readable and centred on its partnership, with the overview shown; a click on the
 * overview brings the node clicked into view; the bar hides and shows it; exports leave it out; a larger
 * window is fitted again (e2e/overview.e2e.mjs measures what a person sees).
 */
class MapOverviewInBrowserTest {

	@TempDir
	Path folder;

	@Test
	void theOverviewShowsTheWholeMapAndAClickOnItMovesTheView() throws Exception {
		Path spec = folder.resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.packs"), "uk-victim-support-hub", "hub.partnership"), spec);
		// the pictures the script takes (small and large window) stay in target/ to be looked at
		Path out = Files.createDirectories(Path.of("target", "overview").toAbsolutePath());
		BrowserRun.Result run;
		try (MapServer server = MapServer.start(MapSession.serving(List.of(spec), MapFixture.LANGUAGE), 0)) {
			run = BrowserRun.script("overview.e2e.mjs", server.mapOf("hub.partnership").toString(), out.toString());
		}
		System.out.println(run.out());
		assertEquals(0, run.exitCode(), run.out());
		assertTrue(run.out().contains("\"moved\":"), "the view moved: " + run.out());
	}
}
