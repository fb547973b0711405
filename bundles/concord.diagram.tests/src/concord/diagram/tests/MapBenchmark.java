package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.gmodel.PartnershipMapFactory;
import concord.diagram.layout.MapLayout;
import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;

/**
 * Prints how fast a large map is drawn: about 300 nodes and 1,500 edges, GModel and ELK layout time in
 * process (median of five), then the first render in headless Chromium through the real server.
 * Figures only, no timed assertions. Runs with -Dconcord.benchmark=true.
 */
class MapBenchmark {

	private static final int ORGANISATIONS = 240;
	private static final int PEOPLE = 59;
	private static final int LINES = 1_260;

	@TempDir
	Path folder;

	@Test
	void largeMap() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("concord.benchmark"), "benchmarks run with -Dconcord.benchmark=true");
		long parseStart = System.nanoTime();
		MapFixture map = MapFixture.of(folder, "large.partnership", largeSpec());
		double parseMs = (System.nanoTime() - parseStart) / 1e6;
		int nodes = map.state.getIndex().getAllByClass(GNode.class).size();
		int edges = map.state.getIndex().getAllByClass(GEdge.class).size();
		assertEquals(ORGANISATIONS + PEOPLE + 1, nodes);

		double[] gmodel = new double[5];
		double[] layout = new double[5];
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			map.service(PartnershipMapFactory.class).createGModel();
			long drawn = System.nanoTime();
			MapLayout.place(map.state.getRoot(), map.state.sidecar());
			long placed = System.nanoTime();
			gmodel[i] = (drawn - start) / 1e6;
			layout[i] = (placed - drawn) / 1e6;
		}
		BrowserRun.Result render;
		BrowserRun.Result hub;
		Path hubSpec = Files.createDirectories(folder.resolve("hub")).resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.packs"), "uk-victim-support-hub", "hub.partnership"), hubSpec);
		try (MapServer server = MapServer.start(MapSession.serving(List.of(map.spec, hubSpec), MapFixture.LANGUAGE), 0)) {
			render = BrowserRun.script("first-render.mjs", server.mapOf("large.partnership").toString(), "3");
			hub = BrowserRun.script("first-render.mjs", server.mapOf("hub.partnership").toString(), "5");
		}
		System.out.printf("MAP BENCHMARK %d nodes, %d edges: parse+link+first drawing %.0f ms; GModel %.1f ms; ELK layered layout %.1f ms "
				+ "(medians of 5); first render in Chromium (page load to drawn map, incl. client-side label measuring) %s%n", nodes, edges,
				parseMs, median(gmodel), median(layout), render.out().strip());
		System.out.printf("MAP BENCHMARK UK hub, first render in Chromium (the first run meets a cold server, the rest a warm one): %s%n",
				hub.out().strip());
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** A partnership of 240 organisations and 59 people with 1,260 accountability lines, seeded so runs compare. */
	private static String largeSpec() {
		StringBuilder spec = new StringBuilder("model \"Large\"\n");
		for (int i = 0; i < ORGANISATIONS; i++) {
			spec.append("organisation \"Agency ").append(i).append("\" { sector statutory-public }\n");
		}
		for (int i = 0; i < PEOPLE; i++) {
			spec.append("person \"Officer ").append(i).append("\" { employer \"Agency ").append(i).append("\" }\n");
		}
		spec.append("partnership \"Region\" {\n");
		for (int i = 0; i < ORGANISATIONS; i++) {
			spec.append("\tmember \"Agency ").append(i).append("\" as partner\n");
		}
		spec.append("\tgovernance {\n");
		Random random = new Random(42);
		for (int i = 0; i < LINES; i++) {
			int from = random.nextInt(ORGANISATIONS);
			int to = (from + 1 + random.nextInt(ORGANISATIONS - 1)) % ORGANISATIONS;
			spec.append("\t\taccountable \"Agency ").append(from).append("\" to \"Agency ").append(to).append("\" horizontal\n");
		}
		return spec.append("\t}\n}\n").toString();
	}
}
