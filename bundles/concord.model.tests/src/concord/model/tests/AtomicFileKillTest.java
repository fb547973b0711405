package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.model.resource.AtomicFile;

/**
 * Kills a JVM that is writing through {@link AtomicFile} at random points, with {@code kill -9} (no
 * chance to clean up) and with {@code kill} (shutdown hooks run), and checks what a person would find:
 * the target holds the old content or the new, never a part; after {@code kill} no temporary file is
 * left; after {@code kill -9} the next write to the target removes what was left.
 */
class AtomicFileKillTest {

	private static final int TRIALS = 60;
	/** Large enough that a kill often lands inside a write, not between two. */
	private static final int SIZE = 1024 * 1024;
	/** A bound on each wait for the child, never a measurement: a healthy child answers in well under a second. */
	private static final long PATIENCE_SECONDS = 60;

	@TempDir
	Path folder;

	@Test
	void aKilledWriteLeavesTheOldOrTheNewContentAndNoTemporaryFileAfterTheNextWrite() throws Exception {
		byte[] a = content('a');
		byte[] b = content('b');
		Path fileA = Files.write(folder.resolve("a.bin"), a);
		Path fileB = Files.write(folder.resolve("b.bin"), b);
		Path classes = childClasses();
		Path specs = Files.createDirectories(folder.resolve("specs"));
		Path target = specs.resolve("hub.partnership");
		Random random = new Random(20);
		int leftByKill9 = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			AtomicFile.write(target, a);
			boolean graceful = trial % 4 == 3;
			Process child = new ProcessBuilder(java(), "-cp", classes.toString(), AtomicWriterChild.class.getName(),
					target.toString(), fileA.toString(), fileB.toString()).redirectErrorStream(true).start();
			BlockingQueue<String> lines = lines(child.getInputStream());
			int writes = random.nextInt(3);
			String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
			assertEquals("ready", line, "the child did not start");
			for (int i = 0; i < writes; i++) {
				assertNotNull(lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS), "the child stopped writing");
			}
			LockSupport.parkNanos(random.nextInt(20_000_000)); // the random point of the kill within the next write
			if (graceful) {
				child.destroy();
			} else {
				child.destroyForcibly();
			}
			assertTrue(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the child did not end");
			byte[] found = Files.readAllBytes(target);
			assertTrue(Arrays.equals(found, a) || Arrays.equals(found, b),
					"trial " + trial + ": the target holds neither the old nor the new content (" + found.length + " bytes)");
			if (graceful) {
				assertEquals(List.of(), temporaries(specs), "trial " + trial + ": kill left a temporary file");
			} else {
				leftByKill9 += temporaries(specs).size();
			}
			AtomicFile.write(target, b);
			assertEquals(List.of(), temporaries(specs), "trial " + trial + ": the next write left a temporary file");
			assertTrue(Arrays.equals(b, Files.readAllBytes(target)));
		}
		System.out.printf("AtomicFile kill test: %d trials, %d temporary files left by kill -9 and removed by the next write%n",
				TRIALS, leftByKill9);
	}

	private static byte[] content(char fill) {
		byte[] bytes = new byte[SIZE];
		Arrays.fill(bytes, (byte) fill);
		return bytes;
	}

	private static List<String> temporaries(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).sorted().toList();
		}
	}

	/** The child's and AtomicFile's class files, copied out of the bundles into a plain class folder. */
	private Path childClasses() throws IOException {
		Path classes = folder.resolve("classes");
		for (Class<?> type : List.of(AtomicFile.class, AtomicWriterChild.class)) {
			String name = type.getName().replace('.', '/') + ".class";
			try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
				assertNotNull(in, name);
				Path file = classes.resolve(name);
				Files.createDirectories(file.getParent());
				Files.write(file, in.readAllBytes());
			}
		}
		return classes;
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static BlockingQueue<String> lines(InputStream output) {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the child was killed
			}
		}, "child-output");
		reader.setDaemon(true);
		reader.start();
		return lines;
	}
}
