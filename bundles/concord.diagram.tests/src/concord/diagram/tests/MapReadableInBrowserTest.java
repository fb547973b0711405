package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;

/**
 * Every built-in template as a consultant first sees it at 1600x1000 in Debian's Chromium: labels of at
 * least 11 px on screen, no two labels or nodes overlapping, a legend, the marker's finding as text in its
 * tooltip, nothing under the palette, every person inside or joined to an organisation; on the UK hub a
 * layer switched off is laid out again and stays off in the sidecar (e2e/readable.e2e.mjs measures).
 */
class MapReadableInBrowserTest {

	@TempDir
	Path folder;

	@Test
	void everyTemplateIsReadableWhenItOpens() throws Exception {
		Path packs = Path.of(System.getProperty("concord.packs"));
		List<String> ids = Files.readAllLines(packs.resolve("index.txt")).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		List<Path> specs = new ArrayList<>();
		for (String id : ids) {
			Path own = Files.createDirectories(folder.resolve(id));
			try (var files = Files.list(packs.resolve(id))) {
				Path spec = files.filter(f -> f.toString().endsWith(".partnership")).findFirst().orElseThrow();
				specs.add(Files.copy(spec, own.resolve(spec.getFileName())));
			}
		}
		Path out = Files.createDirectories(folder.resolve("out"));
		BrowserRun.Result run;
		try (MapServer server = MapServer.start(MapSession.serving(specs, MapFixture.LANGUAGE), 0)) {
			List<String> arguments = new ArrayList<>(List.of(out.toString()));
			for (String name : server.session().specNames().stream().sorted((a, b) -> keyOf(a, specs, server) - keyOf(b, specs, server)).toList()) {
				arguments.add(server.mapOf(name).toString());
			}
			run = BrowserRun.script("readable.e2e.mjs", arguments.toArray(String[]::new));
		}
		System.out.println(run.out());
		assertEquals(0, run.exitCode(), run.out());
		assertEquals(ids.size(), run.out().lines().filter(line -> line.startsWith("{\"map\"")).count(), run.out());
		assertTrue(run.out().lines().allMatch(line -> !line.contains("\"failure\"")), run.out());
		// nothing was saved: the UK hub's sidecar was written by switching its layers, and only them
		assertTrue(Files.isRegularFile(LayoutSidecar.fileFor(specs.get(0))), "the layer choice is kept in the sidecar");
		assertTrue(!Files.exists(LayoutSidecar.fileFor(specs.get(1))), "maps whose layers were not switched have no sidecar");
	}

	/** The UK hub first: the layers are tried on it. */
	private static int keyOf(String name, List<Path> specs, MapServer server) {
		Path file = server.session().spec(name).orElseThrow();
		return specs.indexOf(specs.stream().filter(s -> s.toAbsolutePath().normalize().equals(file)).findFirst().orElseThrow());
	}
}
