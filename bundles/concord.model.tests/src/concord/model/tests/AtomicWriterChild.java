package concord.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import concord.model.resource.AtomicFile;

/**
 * The child JVM of {@link AtomicFileKillTest}: rewrites one file through {@link AtomicFile} with two
 * contents in turn, saying "wrote N" after each, until it is killed. It runs from a copy of its own
 * and AtomicFile's class files (AtomicFile needs only the JDK), not from the OSGi test runtime.
 */
public final class AtomicWriterChild {

	private AtomicWriterChild() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		byte[][] contents = { Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2])) };
		System.out.println("ready");
		System.out.flush();
		for (long n = 1;; n++) {
			AtomicFile.write(target, contents[(int) (n % 2)]);
			System.out.println("wrote " + n);
			System.out.flush();
		}
	}
}
