package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code concord} distribution as a separate process, the way a user or a CI script
 * does, and captures what it prints and its exit code.
 */
final class Cli {

	private final Path home;
	private final Path workingFolder;

	Cli(Path workingFolder) {
		String configured = System.getProperty("concord.cli.home");
		assertTrue(configured != null, "system property concord.cli.home is not set (see this bundle's pom.xml)");
		this.home = Path.of(configured).toAbsolutePath().normalize();
		assertTrue(Files.isExecutable(home.resolve("bin/concord")),
				"no built distribution at " + home + "; build releng/concord.cli.distribution first");
		this.workingFolder = workingFolder;
	}

	/** The outcome of one run. */
	record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	Run run(String... args) {
		ProcessBuilder builder = command(args);
		try {
			Path out = Files.createTempFile(workingFolder, "out", ".txt");
			Path err = Files.createTempFile(workingFolder, "err", ".txt");
			builder.redirectOutput(out.toFile()).redirectError(err.toFile());
			Process process = builder.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("concord " + String.join(" ", args) + " did not finish within 120 s");
			}
			Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
			Files.delete(out);
			Files.delete(err);
			return run;
		} catch (IOException e) {
			throw new AssertionError("cannot run concord: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Starts a long-running command (the language server) whose stdin and stdout the test talks to;
	 * stderr goes to {@code stderr.txt} in the working folder, for the failure message.
	 */
	Process start(String... args) throws IOException {
		ProcessBuilder builder = command(args);
		builder.redirectError(workingFolder.resolve("stderr.txt").toFile());
		return builder.start();
	}

	/** The distribution's folder (bin/, lib/, docs/, editors/). */
	Path home() {
		return home;
	}

	/** What every run of the command gets in its environment, also when an editor starts it. */
	void environment(java.util.Map<String, String> environment) {
		// Each run gets its own CDS cache, so tests never race on a shared archive.
		environment.put("XDG_CACHE_HOME", workingFolder.resolve(".cache").toString());
		environment.put("CONCORD_CDS", "off");
	}

	private ProcessBuilder command(String... args) {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin/concord").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
		environment(builder.environment());
		return builder;
	}
}
