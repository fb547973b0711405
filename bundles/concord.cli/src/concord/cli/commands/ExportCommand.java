package concord.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import concord.cli.exit.InputError;
import concord.cli.spec.AtomicFile;
import concord.interchange.SpecTables;
import concord.interchange.TableFiles;
import concord.interchange.graph.NetworkFiles;
import concord.interchange.graph.PartnershipNetwork;
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

	@Option(names = { "-o", "--output" }, paramLabel = "FILE|FOLDER",
			description = "Where to write (default: next to SPEC, named after it).")
	Path output;

	@Option(names = "--force", description = "Replace files that exist.")
	boolean force;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		String word = format.toLowerCase(Locale.ROOT);
		if (!List.of("csv", "xlsx", "graphml", "gexf", "kumu").contains(word)) {
			throw new InputError("--format " + format + ": unknown format (expected csv, xlsx, graphml, gexf or kumu)");
		}
		PartnershipModel model = SpecModels.read(input);
		Path destination = output != null ? output : defaultOutput(word);
		if (word.equals("csv") || word.equals("xlsx")) {
			if (word.equals("xlsx") != TableFiles.isWorkbook(destination)) {
				throw new InputError(destination + ": " + (word.equals("xlsx") ? "name a workbook ending in .xlsx" : "name a folder for the CSV files"));
			}
			refuseExisting(word.equals("xlsx") ? List.of(destination)
					: List.of(destination.resolve("actors.csv"), destination.resolve("memberships.csv"), destination.resolve("relations.csv")));
			for (Path written : TableFiles.write(SpecTables.of(model), destination)) {
				spec.commandLine().getOut().println("wrote " + written);
			}
			return 0;
		}
		refuseExisting(List.of(destination));
		NetworkFiles.Format network = NetworkFiles.Format.valueOf(word.toUpperCase(Locale.ROOT));
		AtomicFile.write(destination, NetworkFiles.write(PartnershipNetwork.of(model), network).getBytes(StandardCharsets.UTF_8));
		spec.commandLine().getOut().println("wrote " + destination);
		return 0;
	}

	private void refuseExisting(List<Path> files) {
		for (Path file : files) {
			if (Files.exists(file) && !force) {
				throw new InputError(file + ": already exists; use --force to replace it");
			}
		}
	}

	private Path defaultOutput(String word) {
		Path file = Path.of(input).toAbsolutePath().normalize();
		String name = file.getFileName().toString().replaceFirst("\\.partnership(\\.xmi|\\.json)?$", "");
		return switch (word) {
			case "csv" -> file.resolveSibling(name + "-tables");
			case "xlsx" -> file.resolveSibling(name + ".xlsx");
			default -> file.resolveSibling(name + NetworkFiles.Format.valueOf(word.toUpperCase(Locale.ROOT)).suffix());
		};
	}
}
