package concord.model.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go
 * to a temporary file {@code .NAME.<digits>.tmp} in the same folder, are flushed to disk, and the
 * temporary file is renamed over the target. What is guaranteed:
 * <ul>
 * <li>the target holds the old content or the new, whatever happens, even {@code kill -9} or a power cut
 * after the flush;</li>
 * <li>the temporary file is removed on every exit Java controls: a failure, a normal exit, Ctrl+C or
 * {@code kill} (a shutdown hook removes writes in flight);</li>
 * <li>a temporary file left by an exit Java does not control ({@code kill -9}, a crash) is removed by the
 * next write to the same target.</li>
 * </ul>
 * Every Concord tool that saves a user's file (CLI, templates, diagram, workbench) saves through here.
 * Failures are {@link IOException}s whose message names the target in plain words.
 */
public final class AtomicFile {

	/** Temporary files of writes in flight, removed by the shutdown hook if the JVM ends mid-write. */
	private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
	/** Guards starting a write against the shutdown hook, so no temporary file is made after it ran. */
	private static final Object STARTING = new Object();
	private static boolean exiting;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removeInFlight, "concord-atomic-file-cleanup"));
	}

	private AtomicFile() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			throw new NoSuchFileException(target.toString(), null, "cannot write: the folder " + folder + " does not exist");
		}
		Path temporary = begin(folder, target);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			keepPermissions(target, temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
			IN_FLIGHT.remove(temporary);
		}
		removeStale(target);
	}

	private static Path begin(Path folder, Path target) throws IOException {
		synchronized (STARTING) {
			if (exiting) {
				throw new IOException(target + ": not written, the program is exiting");
			}
			try {
				Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
				IN_FLIGHT.add(temporary);
				return temporary;
			} catch (AccessDeniedException e) {
				throw new AccessDeniedException(target.toString(), null, "cannot write (permission denied)");
			}
		}
	}

	/**
	 * On the way out (normal exit, Ctrl+C, kill): no new write starts, and the temporary files of writes
	 * in flight go. A write whose file goes from under it fails before its rename, so the target keeps
	 * its old content.
	 */
	private static void removeInFlight() {
		synchronized (STARTING) {
			exiting = true;
			IN_FLIGHT.forEach(AtomicFile::deleteQuietly);
		}
	}

	/**
	 * Removes temporary files an earlier write to {@code target} left behind when its JVM was killed:
	 * only names of this class's own pattern ({@code .NAME.<digits>.tmp}) and not those of writes still
	 * in flight in this JVM.
	 */
	private static void removeStale(Path target) {
		Pattern own = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "\\d+\\.tmp");
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.toAbsolutePath().getParent(),
				p -> own.matcher(p.getFileName().toString()).matches())) {
			for (Path stale : siblings) {
				if (!IN_FLIGHT.contains(stale)) {
					deleteQuietly(stale);
				}
			}
		} catch (IOException e) {
			// the write itself succeeded; a leftover from an earlier crash is removed by a later write
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// nothing more can be done on the way out
		}
	}

	/** A file rewritten in place keeps its permissions; a new file gets the usual rw-r--r--. */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--"));
	}
}
