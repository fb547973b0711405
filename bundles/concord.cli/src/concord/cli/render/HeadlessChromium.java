package concord.cli.render;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol through two named pipes
 * ({@code --remote-debugging-pipe}): no debugging port is opened, so nothing but this process can
 * drive the browser. Opens the map's own page, waits until it has drawn its export page, and hands
 * back that page as SVG, a PNG of it or a PDF printed from it.
 */
public final class HeadlessChromium implements Closeable {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final long WAIT_MS = 90_000;

	private final Path folder;
	private final Process browser;
	private final OutputStream toBrowser;
	private final InputStream fromBrowser;
	private int lastId;
	private String session;
	private String target;

	private HeadlessChromium(Path folder, Process browser, OutputStream toBrowser, InputStream fromBrowser) {
		this.folder = folder;
		this.browser = browser;
		this.toBrowser = toBrowser;
		this.fromBrowser = fromBrowser;
	}

	/** Starts {@code chromium} (a path) with a fresh profile in a temporary folder. */
	public static HeadlessChromium start(Path chromium) throws IOException {
		Path folder = Files.createTempDirectory("concord-render-");
		Path in = folder.resolve("in");
		Path out = folder.resolve("out");
		for (Path pipe : List.of(in, out)) {
			run("mkfifo", "-m", "600", pipe.toString());
		}
		// the protocol reads commands from fd 3 and writes answers to fd 4
		List<String> command = List.of("sh", "-c", "exec \"$0\" \"$@\" 3<\"" + in + "\" 4>\"" + out + "\"", chromium.toString(), "--headless",
				"--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-proxy-server", "--hide-scrollbars", "--remote-debugging-pipe",
				"--user-data-dir=" + folder.resolve("profile"), "about:blank");
		Process browser = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile()).start();
		// opening a FIFO blocks until its other end opens: open both sides at once
		CompletableFuture<OutputStream> writer = CompletableFuture.supplyAsync(() -> open(() -> Files.newOutputStream(in)));
		CompletableFuture<InputStream> reader = CompletableFuture.supplyAsync(() -> open(() -> Files.newInputStream(out)));
		try {
			return new HeadlessChromium(folder, browser, writer.get(30, TimeUnit.SECONDS), reader.get(30, TimeUnit.SECONDS));
		} catch (Exception e) {
			browser.destroyForcibly();
			throw new IOException(chromium + " did not start headless: " + e.getMessage(), e);
		}
	}

	/** Opens the page at {@code size} CSS pixels (twice as many device pixels) and waits until its export page is drawn. */
	public void open(String url, int width, int height) throws IOException {
		target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
		session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
		call(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", false));
		call(session, "Page.navigate", Map.of("url", url));
		long deadline = System.currentTimeMillis() + WAIT_MS;
		while (true) {
			String state = evaluate("document.body.classList.contains('concord-rendered') ? 'drawn'"
					+ " : document.body.classList.contains('concord-failed') ? String(window.concord.error) : ''");
			if (state.equals("drawn")) {
				return;
			}
			if (!state.isEmpty() || System.currentTimeMillis() > deadline) {
				throw new IOException("the map did not draw" + (state.isEmpty() ? " within " + WAIT_MS / 1000 + " s" : ": " + state));
			}
			sleep();
		}
	}

	/** The export page as the map drew it: an SVG document. */
	public String svg() throws IOException {
		return evaluate("window.concord.lastExport");
	}

	public byte[] png(int width, int height) throws IOException {
		JsonNode shot = call(session, "Page.captureScreenshot",
				Map.of("format", "png", "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		return Base64.getDecoder().decode(shot.path("data").asText());
	}

	/** Printed as the page's print stylesheet says: one sheet of the page's size. */
	public byte[] pdf() throws IOException {
		JsonNode printed = call(session, "Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true, "marginTop", 0,
				"marginBottom", 0, "marginLeft", 0, "marginRight", 0));
		return Base64.getDecoder().decode(printed.path("data").asText());
	}

	/**
	 * Prints a local HTML document as its print style sheet says (paper size and margins from its
	 * {@code @page} rule), with "page n of m" at the foot of each page.
	 */
	public byte[] printDocument(Path html) throws IOException {
		target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
		session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
		try {
			call(session, "Page.navigate", Map.of("url", html.toUri().toString()));
			long deadline = System.currentTimeMillis() + WAIT_MS;
			while (!evaluate("document.readyState").equals("complete")) {
				if (System.currentTimeMillis() > deadline) {
					throw new IOException(html + " did not load within " + WAIT_MS / 1000 + " s");
				}
				sleep();
			}
			String footer = "<div style=\"width:100%;text-align:center;font:8pt sans-serif;color:#444\">"
					+ "Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>";
			JsonNode printed = call(session, "Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true,
					"displayHeaderFooter", true, "headerTemplate", "<span></span>", "footerTemplate", footer));
			return Base64.getDecoder().decode(printed.path("data").asText());
		} finally {
			closePage();
		}
	}

	/** Closes the page, so that the next {@link #open} starts afresh in the same browser. */
	public void closePage() throws IOException {
		if (target != null) {
			call(null, "Target.closeTarget", Map.of("targetId", target));
			target = null;
			session = null;
		}
	}

	private String evaluate(String expression) throws IOException {
		JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
		return result.path("result").path("value").asText("");
	}

	private JsonNode call(String sessionId, String method, Map<String, Object> params) throws IOException {
		int id = ++lastId;
		ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
		message.set("params", JSON.valueToTree(params));
		if (sessionId != null) {
			message.put("sessionId", sessionId);
		}
		toBrowser.write(JSON.writeValueAsBytes(message));
		toBrowser.write(0);
		toBrowser.flush();
		while (true) {
			JsonNode answer = JSON.readTree(readMessage());
			if (answer.path("id").asInt(-1) == id) {
				if (answer.has("error")) {
					throw new IOException(method + ": " + answer.path("error").path("message").asText());
				}
				return answer.path("result");
			}
			// events and answers to others: not waited for
		}
	}

	private byte[] readMessage() throws IOException {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		for (int b = fromBrowser.read(); b != 0; b = fromBrowser.read()) {
			if (b < 0) {
				throw new IOException("Chromium ended: " + Files.readString(folder.resolve("chromium.log"), StandardCharsets.UTF_8).strip());
			}
			message.write(b);
		}
		return message.toByteArray();
	}

	@Override
	public void close() throws IOException {
		try {
			call(null, "Browser.close", Map.of());
		} catch (IOException e) {
			// it is being stopped anyway
		}
		try {
			if (!browser.waitFor(10, TimeUnit.SECONDS)) {
				browser.destroyForcibly();
			}
		} catch (InterruptedException e) {
			browser.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	private interface Opening<T> {
		T open() throws IOException;
	}

	private static <T> T open(Opening<T> opening) {
		try {
			return opening.open();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void run(String... command) throws IOException {
		try {
			if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
				throw new IOException(String.join(" ", command) + " failed");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static void sleep() throws IOException {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
