package concord.model.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go
 * to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed
 * over the target. On any failure the target is untouched and the temporary file is removed.
 * Every Concord tool that saves a user's file (CLI, templates, diagram, workbench) saves through here.
 */
public final class AtomicFile {

	private AtomicFile() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
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
