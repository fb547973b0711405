package concord.interchange.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import concord.interchange.SpecTables;
import concord.interchange.TableFiles;
import concord.interchange.graph.NetworkFiles;
import concord.interchange.graph.PartnershipNetwork;
import concord.model.partnership.PartnershipModel;
import concord.model.resource.AtomicFile;

/**
 * The files a spec can be exported as, for the command line and the workbench's Export wizard alike:
 * the interchange sheets as CSV files or a workbook, and the network for Gephi, yEd and Kumu.
 */
public enum ExportFormat {
	CSV, XLSX, GRAPHML, GEXF, KUMU;

	/** The word users type and see: csv, xlsx, graphml, gexf, kumu. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ExportFormat> of(String word) {
		for (ExportFormat format : values()) {
			if (format.word().equalsIgnoreCase(word.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	public static String expected() {
		return "csv, xlsx, graphml, gexf or kumu";
	}

	/** Where an export of {@code spec} goes unless told: next to it, named after it (a folder for CSV). */
	public Path defaultOutput(Path spec) {
		Path file = spec.toAbsolutePath().normalize();
		String name = file.getFileName().toString().replaceFirst("\\.partnership(\\.xmi|\\.json)?$", "");
		return file.resolveSibling(switch (this) {
			case CSV -> name + "-tables";
			case XLSX -> name + ".xlsx";
			default -> name + NetworkFiles.Format.valueOf(name()).suffix();
		});
	}

	/** Why {@code destination} cannot take this format, if it cannot (a workbook must end in .xlsx, CSV needs a folder). */
	public Optional<String> refuses(Path destination) {
		if (this == XLSX && !TableFiles.isWorkbook(destination)) {
			return Optional.of(destination + ": name a workbook ending in .xlsx");
		}
		if (this == CSV && TableFiles.isWorkbook(destination)) {
			return Optional.of(destination + ": name a folder for the CSV files");
		}
		return Optional.empty();
	}

	/** The files an export to {@code destination} writes. */
	public List<Path> files(Path destination) {
		return this == CSV ? List.of(destination.resolve("actors.csv"), destination.resolve("memberships.csv"), destination.resolve("relations.csv"))
				: List.of(destination);
	}

	/** Writes {@code model} to {@code destination}, each file atomically; returns the files written. */
	public List<Path> write(PartnershipModel model, Path destination) throws IOException {
		if (this == CSV || this == XLSX) {
			return TableFiles.write(SpecTables.of(model), destination);
		}
		String text = NetworkFiles.write(PartnershipNetwork.of(model), NetworkFiles.Format.valueOf(name()));
		AtomicFile.write(destination, text.getBytes(StandardCharsets.UTF_8));
		return List.of(destination);
	}
}
