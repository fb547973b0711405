package concord.cli.spec;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import concord.cli.exit.InputError;

/** A file the command writes: the model bundle's atomic write, with failures turned into messages a person can act on. */
public final class OutputFile {

	private OutputFile() {
	}

	public static void write(Path target, byte[] content) {
		Path folder = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			throw new InputError(target + ": the folder " + folder + " does not exist");
		}
		try {
			concord.model.resource.AtomicFile.write(target, content);
		} catch (AccessDeniedException e) {
			throw new InputError(target + ": cannot write (permission denied)", e);
		} catch (NoSuchFileException e) {
			throw new InputError(target + ": cannot write (" + e.getMessage() + " does not exist)", e);
		} catch (IOException e) {
			throw new InputError(target + ": cannot write (" + e.getMessage() + ")", e);
		}
	}
}
