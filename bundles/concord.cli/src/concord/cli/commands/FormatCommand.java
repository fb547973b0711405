package concord.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;

import concord.cli.exit.ExitCode;
import concord.cli.exit.InputError;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecFiles;
import concord.cli.spec.SpecFormat;
import concord.cli.spec.SpecWorkspace;
import concord.model.resource.AtomicFile;
import concord.validation.RuleProfile;
import concord.validation.catalogue.Severity;

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
		List<String> errors = new ArrayList<>();
		for (LoadedSpec loaded : specs) {
			// A spec with errors does not say what its layout should be (a repeated block, for one, leaves
			// text the model does not hold): refuse with the errors rather than guess or crash.
			workspace.check(loaded).stream().filter(p -> p.severity() == Severity.ERROR)
					.forEach(p -> errors.add(p.location() + ": " + p.message()));
		}
		if (!errors.isEmpty()) {
			throw new InputError("cannot format specs with errors; nothing was changed:" + System.lineSeparator()
					+ "  " + String.join(System.lineSeparator() + "  ", errors));
		}
		PrintWriter out = spec.commandLine().getOut();
		// Every file is laid out before any is written, so a refusal leaves all of them as they were.
		Map<LoadedSpec, String> changed = new LinkedHashMap<>();
		for (LoadedSpec loaded : specs) {
			String formatted = formatted(workspace, loaded);
			if (!formatted.equals(textOf(loaded))) {
				changed.put(loaded, formatted);
			}
		}
		int notCanonical = changed.size();
		for (Map.Entry<LoadedSpec, String> entry : changed.entrySet()) {
			LoadedSpec loaded = entry.getKey();
			if (check) {
				out.println(loaded.file() + ":" + firstDifference(textOf(loaded), entry.getValue()));
			} else {
				try {
					AtomicFile.write(loaded.file(), entry.getValue().getBytes(StandardCharsets.UTF_8));
				} catch (IOException e) {
					throw InputError.cannotWrite(loaded.file(), e);
				}
				out.println("formatted " + loaded.file());
			}
		}
		if (check && notCanonical > 0) {
			return ExitCode.FINDINGS;
		}
		return ExitCode.OK;
	}

	/**
	 * The formatter works on the parse of the text and the model read from it; where the two disagree
	 * (text the model does not hold) it can fail. That is a refusal, never a half-formatted file.
	 */
	private static String formatted(SpecWorkspace workspace, LoadedSpec loaded) {
		try {
			return workspace.text().format((XtextResource) loaded.resource());
		} catch (RuntimeException e) {
			throw new InputError(loaded.file() + ": cannot be formatted: the formatter could not lay out its text; nothing was changed "
					+ "(run with --debug for the details, and please report it if 'concord validate' finds no error)", e);
		}
	}

	/** "LINE: not in canonical layout; ..." naming the first line that differs and what the layout wants there. */
	static String firstDifference(String original, String formatted) {
		List<String> was = original.lines().toList();
		List<String> wants = formatted.lines().toList();
		int line = 0;
		while (line < was.size() && line < wants.size() && was.get(line).equals(wants.get(line))) {
			line++;
		}
		String found = line < was.size() ? "'" + visible(was.get(line)) + "'" : "the end of the file";
		String expected = line < wants.size() ? "'" + visible(wants.get(line)) + "'" : "the end of the file";
		if (found.equals(expected)) {
			return (line + 1) + ": not in canonical layout (line endings or the final newline)";
		}
		return (line + 1) + ": not in canonical layout: found " + found + ", expected " + expected;
	}

	/** Tabs and trailing spaces shown, since they are what usually differs. */
	private static String visible(String line) {
		return line.replace("\t", "\\t").replaceAll(" +$", "$0\u00b7");
	}

	private static String textOf(LoadedSpec loaded) {
		try {
			return Files.readString(loaded.file(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new InputError(loaded.file() + ": cannot read the file (" + e.getMessage() + ")", e);
		}
	}
}
