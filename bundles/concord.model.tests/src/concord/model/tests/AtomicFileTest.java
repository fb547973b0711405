package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.model.resource.AtomicFile;

/** Saves never leave a half-written file or a stray temporary behind. */
class AtomicFileTest {

	@TempDir
	Path folder;

	@Test
	void replacesContentAndKeepsPermissions() throws IOException {
		Path spec = Files.writeString(folder.resolve("hub.partnership"), "old");
		Files.setPosixFilePermissions(spec, PosixFilePermissions.fromString("rw-rw----"));
		AtomicFile.write(spec, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(spec));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(spec)));
		assertEquals(1, count(folder), "no temporary file left");
	}

	@Test
	void aFailedWriteLeavesNothingBehind() throws IOException {
		Path occupied = Files.createDirectories(folder.resolve("taken.partnership"));
		Files.writeString(occupied.resolve("inside.txt"), "keep me");
		assertThrows(IOException.class, () -> AtomicFile.write(occupied, "x".getBytes(StandardCharsets.UTF_8)));
		assertEquals("keep me", Files.readString(occupied.resolve("inside.txt")));
		assertEquals(1, count(folder), "no temporary file left");
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
