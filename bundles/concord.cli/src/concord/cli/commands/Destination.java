package concord.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;

import concord.cli.exit.InputError;

import picocli.CommandLine.Option;

/** Where a command that writes files (convert, export) writes them, and whether it may replace files: a picocli mixin. */
public final class Destination {

	@Option(names = { "-o", "--output" }, paramLabel = "PATH",
			description = "Where to write (default: next to the input, named after it with the new format's suffix).")
	Path output;

	@Option(names = "--force", description = "Replace files that exist.")
	boolean force;

	/** The path the user named, or {@code otherwise}. */
	public Path or(Path otherwise) {
		return output != null ? output : otherwise;
	}

	/** Refuses to write over {@code file} unless --force was given; nothing is written then. */
	public void refuseToReplace(Path file) {
		if (Files.exists(file) && !force) {
			throw new InputError(file + ": already exists; use --force to replace it");
		}
	}
}
