package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;

import concord.cli.check.Problem;
import concord.cli.exit.InputError;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecFiles;
import concord.cli.spec.SpecFormat;
import concord.cli.spec.SpecWorkspace;
import concord.cli.spec.SpecWriter;
import concord.model.resource.AtomicFile;
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

	@Mixin
	Destination written;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (Files.isDirectory(input)) {
			throw new InputError(input + ": convert takes one file, not a folder");
		}
		Path file = SpecFiles.expand(List.of(input)).get(0);
		SpecFormat target = targetFormat();
		Path destination = written.or(target.sibling(file));
		if (destination.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
			throw new InputError(destination + ": the output would replace the input; name another --output");
		}
		written.refuseToReplace(destination);
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
		try {
			AtomicFile.write(destination, new SpecWriter(workspace).write(loaded, target, destination));
		} catch (IOException e) {
			throw InputError.cannotWrite(destination, e);
		}
		spec.commandLine().getOut().println("wrote " + destination);
		long comments = comments(loaded);
		if (target != SpecFormat.PARTNERSHIP && comments > 0) {
			spec.commandLine().getErr().println("concord: " + target.word().toUpperCase(java.util.Locale.ROOT) + " cannot keep comments: the "
					+ comments + " comment" + (comments == 1 ? "" : "s") + " of " + file + " (such as \"interp.\" marks) are not in "
					+ destination + "; keep the .partnership file as the original");
		}
		return 0;
	}

	/** How many comments the spec's text has (none for XMI and JSON, which have no place for them). */
	private static long comments(LoadedSpec loaded) {
		if (!(loaded.resource() instanceof XtextResource text) || text.getParseResult() == null) {
			return 0;
		}
		return java.util.stream.StreamSupport.stream(text.getParseResult().getRootNode().getLeafNodes().spliterator(), false)
				.filter(leaf -> leaf.isHidden() && (leaf.getText().startsWith("//") || leaf.getText().startsWith("/*"))).count();
	}

	private SpecFormat targetFormat() {
		if (to != null) {
			for (SpecFormat format : SpecFormat.values()) {
				if (format.word().equalsIgnoreCase(to)) {
					if (written.output != null && SpecFormat.of(written.output).orElse(null) != format) {
						throw new InputError(written.output + ": the name does not end in " + format.suffix()
								+ " as --to " + format.word() + " asks");
					}
					return format;
				}
			}
			throw new InputError("--to " + to + ": unknown format (expected partnership, xmi or json)");
		}
		if (written.output != null) {
			return SpecFormat.of(written.output).orElseThrow(
					() -> new InputError(written.output + ": cannot tell the format from the name (" + SpecFormat.expected() + ")"));
		}
		throw new InputError("say which format to write: --to partnership|xmi|json, or --output FILE");
	}
}
