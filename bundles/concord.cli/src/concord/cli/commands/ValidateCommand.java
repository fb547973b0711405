package concord.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import concord.cli.check.CheckRun;
import concord.cli.check.Problem;
import concord.cli.exit.InputError;
import concord.cli.report.ReportFormat;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecFiles;
import concord.cli.spec.SpecWorkspace;
import concord.model.resource.AtomicFile;
import concord.validation.RuleProfile;
import concord.validation.catalogue.FindingKind;
import concord.validation.catalogue.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord validate}: runs the rule catalogue on specs and reports the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Check partnership specs against the rule catalogue.",
				"Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error." })
public final class ValidateCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|FOLDER",
			description = "Specs (.partnership, .partnership.xmi, .partnership.json) or folders to search.")
	List<Path> inputs;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
	ReportFormat format;

	@Mixin
	ReportOptions rules;

	@Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
			description = "Lowest severity that makes the command fail: error, warning or info (default: ${DEFAULT-VALUE}).")
	Severity failOn;

	@Option(names = "--kind", paramLabel = "risk|gap", converter = KindConverter.class,
			description = "Only findings that name a risk in what is recorded, or only gaps (something not recorded). "
					+ "Syntax, reference and load problems are always reported.")
	FindingKind kind;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
	Path output;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	static final class KindConverter implements picocli.CommandLine.ITypeConverter<FindingKind> {
		@Override
		public FindingKind convert(String value) {
			try {
				return FindingKind.of(value);
			} catch (IllegalArgumentException e) {
				throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a kind of finding: risk or gap");
			}
		}
	}

	@Override
	public Integer call() throws IOException {
		List<Path> files = SpecFiles.expand(inputs);
		SpecWorkspace workspace = new SpecWorkspace(RuleProfile.defaults(), rules.named());
		List<Problem> problems = new ArrayList<>();
		for (LoadedSpec spec : workspace.loadAll(files)) {
			workspace.check(spec).stream().filter(p -> kind == null || p.kind().map(kind::equals).orElse(true)).forEach(problems::add);
		}
		tellProfiles(workspace.appliedProfiles());
		CheckRun run = new CheckRun(files, problems, failOn);
		write(run);
		return run.exitCode();
	}

	/** Which rule profiles decided what is reported, on standard error so that reports stay parseable. */
	private void tellProfiles(List<Path> travelling) {
		Path here = Path.of("").toAbsolutePath();
		List<String> applied = new ArrayList<>(travelling.stream().map(p -> p.startsWith(here) ? here.relativize(p) : p)
				.map(Path::toString).toList());
		if (rules.profile != null) {
			applied.add(rules.profile + " (--profile)");
		}
		if (!applied.isEmpty()) {
			spec.commandLine().getErr().println("Rule profiles applied: " + String.join(", ", applied));
		}
	}

	private void write(CheckRun run) throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		if (output == null) {
			format.write(run, out);
			out.flush();
			return;
		}
		StringWriter report = new StringWriter();
		format.write(run, report);
		try {
			AtomicFile.write(output, report.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw InputError.cannotWrite(output, e);
		}
		Writer err = spec.commandLine().getErr();
		err.write(run.summary() + "; report written to " + output + System.lineSeparator());
		err.flush();
	}
}
