package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import concord.cli.exit.InputError;
import concord.interchange.files.ExportFormat;
import concord.model.partnership.PartnershipModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord export}: a spec as spreadsheets (CSV, XLSX) or as a network for Gephi, yEd and Kumu. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Export a spec as spreadsheets or as a network file.",
				"csv: a folder with actors.csv, memberships.csv, relations.csv; xlsx: one workbook with those sheets;",
				"graphml (yEd, Gephi), gexf (Gephi), kumu (Kumu's JSON import)." })
public final class ExportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "SPEC", description = "The spec to export (.partnership, XMI or JSON).")
	String input;

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, xlsx, graphml, gexf or kumu.")
	String format;

	@Mixin
	Destination written;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		ExportFormat target = ExportFormat.of(format)
				.orElseThrow(() -> new InputError("--format " + format + ": unknown format (expected " + ExportFormat.expected() + ")"));
		PartnershipModel model = SpecModels.read(input);
		Path destination = written.or(target.defaultOutput(Path.of(input)));
		target.refuses(destination).ifPresent(reason -> {
			throw new InputError(reason);
		});
		for (Path file : target.files(destination)) {
			written.refuseToReplace(file);
		}
		for (Path file : target.write(model, destination)) {
			spec.commandLine().getOut().println("wrote " + file);
		}
		return 0;
	}
}
