package concord.cli.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import concord.cli.exit.InputError;

/** Turns the files and folders named on a command line into the spec files to work on. */
public final class SpecFiles {

	private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", "bin");

	private SpecFiles() {
	}

	/**
	 * Files are taken as named (their format must be known); folders are searched recursively for
	 * Concord files, skipping hidden and build folders. Order is stable: as named, then by path.
	 */
	public static List<Path> expand(List<Path> arguments) {
		Set<Path> files = new LinkedHashSet<>();
		for (Path argument : arguments) {
			Path path = argument.normalize();
			if (Files.isDirectory(path)) {
				List<Path> found = scan(path);
				if (found.isEmpty()) {
					// nothing to check is an input error: a CI job pointed at the wrong folder must not pass
					throw new InputError(path + ": no specs in this folder (" + SpecFormat.expected() + ")");
				}
				files.addAll(found);
			} else if (Files.isRegularFile(path)) {
				if (SpecFormat.of(path).isEmpty()) {
					throw new InputError(path + ": unsupported file type (" + SpecFormat.expected() + ")");
				}
				if (!Files.isReadable(path)) {
					throw new InputError(path + ": cannot read the file (permission denied)");
				}
				files.add(path);
			} else {
				throw new InputError(path + ": no such file or folder");
			}
		}
		return new ArrayList<>(files);
	}

	private static List<Path> scan(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
					.filter(file -> !isSkipped(folder.relativize(file)))
					.filter(SpecFormat::isSpecInFolder)
					.sorted()
					.toList();
		} catch (IOException | UncheckedIOException e) {
			throw new InputError(folder + ": cannot read the folder (" + e.getMessage() + ")", e);
		}
	}

	private static boolean isSkipped(Path relative) {
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			String name = relative.getName(i).toString();
			if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
				return true;
			}
		}
		return false;
	}
}
