package concord.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;

import concord.cli.check.Problem;
import concord.cli.exit.ExitCode;
import concord.cli.exit.InputError;
import concord.cli.spec.OutputFile;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecFiles;
import concord.cli.spec.SpecFormat;
import concord.cli.spec.SpecWorkspace;
import concord.validation.RuleProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord format}: rewrites .partnership files in the canonical layout, or checks they are. */
@Command(name = "format", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Rewrite .partnership files in the canonical layout (comments are kept).",
				"With --check, change nothing and exit 1 when a file is not canonical (for CI)." })
public final class FormatCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = ".partnership files or folders to search.")
	List<Path> inputs;

	@Option(names = "--check", description = "Only report files that are not canonical.")
	boolean check;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		List<Path> files = SpecFiles.expand(inputs).stream()
				.filter(f -> SpecFormat.of(f).orElse(null) == SpecFormat.PARTNERSHIP).toList();
		if (files.isEmpty()) {
			throw new InputError("no .partnership files to format in " + inputs);
		}
		SpecWorkspace workspace = new SpecWorkspace(RuleProfile.defaults());
		List<LoadedSpec> specs = workspace.loadAll(files);
		List<String> broken = new ArrayList<>();
		for (LoadedSpec loaded : specs) {
			// Only syntax errors stop formatting; an unresolved name is still laid out correctly.
			loaded.problems().stream().filter(p -> !Problem.REFERENCE.equals(p.code())).findFirst()
					.ifPresent(p -> broken.add(p.location() + ": " + p.message()));
		}
		if (!broken.isEmpty()) {
			throw new InputError("cannot format files with syntax errors; nothing was changed:" + System.lineSeparator()
					+ "  " + String.join(System.lineSeparator() + "  ", broken));
		}
		PrintWriter out = spec.commandLine().getOut();
		int notCanonical = 0;
		for (LoadedSpec loaded : specs) {
			String original = textOf(loaded);
			String formatted = workspace.text().format((XtextResource) loaded.resource());
			if (formatted.equals(original)) {
				continue;
			}
			notCanonical++;
			if (check) {
				out.println(loaded.file() + ": not in canonical layout");
			} else {
				OutputFile.write(loaded.file(), formatted.getBytes(StandardCharsets.UTF_8));
				out.println("formatted " + loaded.file());
			}
		}
		if (check && notCanonical > 0) {
			return ExitCode.FINDINGS;
		}
		return ExitCode.OK;
	}

	private static String textOf(LoadedSpec loaded) {
		try {
			return Files.readString(loaded.file(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new InputError(loaded.file() + ": cannot read the file (" + e.getMessage() + ")", e);
		}
	}
}
