package concord.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import concord.cli.check.Problem;
import concord.cli.exit.InputError;
import concord.cli.spec.OutputFile;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecFiles;
import concord.cli.spec.SpecFormat;
import concord.cli.spec.SpecWorkspace;
import concord.cli.spec.SpecWriter;
import concord.validation.RuleProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord convert}: between the partnership language, XMI and JSON, in every direction. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Convert a spec between .partnership, XMI and JSON.",
				"The input must read without errors; nothing is written otherwise." })
public final class ConvertCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "INPUT", description = "The spec to convert.")
	Path input;

	@Option(names = "--to", paramLabel = "FORMAT", description = "partnership, xmi or json (default: from --output's name).")
	String to;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Where to write (default: INPUT with the new format's suffix, next to it).")
	Path output;

	@Option(names = "--force", description = "Replace OUTPUT if it exists.")
	boolean force;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Path file = SpecFiles.expand(List.of(input)).get(0);
		if (Files.isDirectory(file)) {
			throw new InputError(file + ": convert takes one file, not a folder");
		}
		SpecFormat target = targetFormat();
		Path destination = output != null ? output : target.sibling(file);
		if (destination.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
			throw new InputError(destination + ": the output would replace the input; name another --output");
		}
		if (Files.exists(destination) && !force) {
			throw new InputError(destination + ": already exists; use --force to replace it");
		}
		SpecWorkspace workspace = new SpecWorkspace(RuleProfile.defaults());
		LoadedSpec loaded = workspace.loadAll(List.of(file)).get(0);
		if (!loaded.isReadable()) {
			StringBuilder message = new StringBuilder(file + " cannot be converted; it does not read cleanly:");
			for (Problem problem : loaded.problems()) {
				message.append(System.lineSeparator()).append("  ").append(problem.location()).append(": ")
						.append(problem.message());
			}
			throw new InputError(message.toString());
		}
		OutputFile.write(destination, new SpecWriter(workspace).write(loaded, target, destination));
		spec.commandLine().getOut().println("wrote " + destination);
		return 0;
	}

	private SpecFormat targetFormat() {
		if (to != null) {
			for (SpecFormat format : SpecFormat.values()) {
				if (format.word().equalsIgnoreCase(to)) {
					if (output != null && SpecFormat.of(output).orElse(null) != format) {
						throw new InputError(output + ": the name does not end in " + format.suffix()
								+ " as --to " + format.word() + " asks");
					}
					return format;
				}
			}
			throw new InputError("--to " + to + ": unknown format (expected partnership, xmi or json)");
		}
		if (output != null) {
			return SpecFormat.of(output).orElseThrow(
					() -> new InputError(output + ": cannot tell the format from the name (" + SpecFormat.expected() + ")"));
		}
		throw new InputError("say which format to write: --to partnership|xmi|json, or --output FILE");
	}
}
