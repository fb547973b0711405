package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import concord.cli.exit.InputError;
import concord.dsl.ide.PartnershipIdeSetup;
import concord.interchange.TableFiles;
import concord.interchange.files.SpecImport;
import concord.interchange.table.Table;
import concord.interchange.table.TableProblems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord import}: a folder of CSV files or an Excel workbook into a new or an existing spec. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Import actors, memberships and relations from spreadsheets into a spec.",
				"INPUT is a folder with actors.csv, memberships.csv and relations.csv, or an .xlsx workbook with sheets of those names.",
				"Into an existing spec, rows add and update elements (nothing is removed) and the spec's comments stay.",
				"Any problem is reported as file:row:column and nothing is written." })
public final class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "INPUT", description = "A folder of CSV files or an .xlsx workbook.")
	Path input;

	@Option(names = { "-o", "--output" }, paramLabel = "SPEC",
			description = "The .partnership spec to create or update (default: INPUT's name with .partnership, next to it).")
	Path output;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		if (!Files.exists(input)) {
			throw new InputError(input + ": no such folder or workbook");
		}
		if (!Files.isDirectory(input) && !TableFiles.isWorkbook(input)) {
			throw new InputError(input + ": expected a folder of CSV files or an .xlsx workbook");
		}
		Path destination = output != null ? output : input.toAbsolutePath().resolveSibling(baseName(input) + ".partnership");
		if (!destination.getFileName().toString().endsWith(".partnership")) {
			throw new InputError(destination + ": import writes a .partnership spec");
		}
		Map<String, Table> sheets;
		try {
			sheets = SpecImport.run(input, destination, new PartnershipIdeSetup().createInjectorAndDoEMFRegistration());
		} catch (TableProblems found) {
			throw new InputError(found.getMessage() + System.lineSeparator() + found.problems().size() + " problem"
					+ (found.problems().size() == 1 ? "" : "s") + " in " + input + "; nothing was written");
		}
		spec.commandLine().getOut().println("wrote " + destination + " from " + String.join(", ",
				sheets.values().stream().map(t -> t.source() + " (" + t.rows().size() + " rows)").toList()));
		return 0;
	}

	private static String baseName(Path file) {
		String name = file.toAbsolutePath().normalize().getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
