package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the map client's playwright-core scripts (bundles/concord.diagram.client/e2e) with node,
 * against Debian's Chromium, and hands back what it printed. Never downloads a browser.
 */
final class BrowserRun {

	record Result(int exitCode, String out) {
	}

	private BrowserRun() {
	}

	static Result script(String name, String... arguments) throws IOException, InterruptedException {
		Path client = Path.of(System.getProperty("concord.client"));
		Path chromium = Path.of(System.getProperty("concord.chromium"));
		assertTrue(Files.isExecutable(chromium), chromium + " is missing: install Debian's chromium (.ci/run does)");
		assertTrue(Files.isDirectory(client.resolve("node_modules/playwright-core")),
				"playwright-core is missing: the concord.diagram.client build runs npm ci");
		List<String> command = new ArrayList<>(List.of("node", "e2e/" + name));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(client.toFile()).redirectErrorStream(true);
		builder.environment().put("CONCORD_CHROMIUM", chromium.toString());
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(name + " did not finish: " + new String(output, StandardCharsets.UTF_8));
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
