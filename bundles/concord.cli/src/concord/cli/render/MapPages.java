package concord.cli.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.inject.Injector;

import concord.cli.exit.InputError;
import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;

/**
 * The maps of some specs drawn as pages by the map's own client: a loopback map server and a headless
 * Chromium that opens each map in its export mode. {@code concord render} writes the pages,
 * {@code concord report} puts one into the report; both draw through here.
 */
public final class MapPages implements AutoCloseable {

	/** A page size: the name the client knows it by, and its size in CSS pixels (see map-page.ts). */
	public enum Size {
		A4("a4", 1123, 794), SIXTEEN_NINE("16x9", 1920, 1080);

		public final String word;
		final int width;
		final int height;

		Size(String word, int width, int height) {
			this.word = word;
			this.width = width;
			this.height = height;
		}
	}

	public enum Format {
		SVG, PNG, PDF
	}

	private final MapSession session;
	private final MapServer server;
	private final HeadlessChromium browser;

	private MapPages(MapSession session, MapServer server, HeadlessChromium browser) {
		this.session = session;
		this.server = server;
		this.browser = browser;
	}

	/**
	 * Serves {@code specs} and starts {@code chromium}.
	 *
	 * @throws InputError when there is no Chromium at that path
	 */
	public static MapPages start(List<Path> specs, Injector language, Path chromium) throws Exception {
		requireChromium(chromium);
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		MapSession session = MapSession.serving(specs, language);
		MapServer server = MapServer.start(session, 0);
		try {
			return new MapPages(session, server, HeadlessChromium.start(chromium));
		} catch (Exception e) {
			server.close();
			throw e;
		}
	}

	public static void requireChromium(Path chromium) {
		if (!Files.isExecutable(chromium)) {
			throw new InputError(chromium + ": no Chromium there (Debian: apt-get install chromium, or say where with --chromium)");
		}
	}

	/** The names of the served specs, in the order given. */
	public List<String> specNames() {
		return session.specNames();
	}

	public Path spec(String name) {
		return session.spec(name).orElseThrow();
	}

	/** The map of spec {@code name} as one page. */
	public byte[] draw(String name, Size size, Format format) throws IOException {
		browser.open(server.mapOf(name) + "&render=" + size.word, size.width, size.height);
		try {
			return switch (format) {
			case SVG -> browser.svg().getBytes(StandardCharsets.UTF_8);
			case PNG -> browser.png(size.width, size.height);
			case PDF -> browser.pdf();
			};
		} finally {
			browser.closePage();
		}
	}

	/** The browser, for printing other pages (the report) in the same session. */
	public HeadlessChromium browser() {
		return browser;
	}

	@Override
	public void close() throws Exception {
		try (server; browser) {
			// both closed, the browser first
		}
	}
}
