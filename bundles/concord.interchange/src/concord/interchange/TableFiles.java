package concord.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import concord.interchange.table.CsvTables;
import concord.interchange.table.Table;
import concord.interchange.table.TableProblems;
import concord.interchange.table.WorkbookTables;
import concord.model.resource.AtomicFile;

/**
 * Where the interchange sheets live on disk: a folder of CSV files (actors.csv, memberships.csv,
 * relations.csv) or one Excel workbook with a sheet of each name.
 */
public final class TableFiles {

	private TableFiles() {
	}

	/** Whether {@code file} names a workbook (by its suffix). */
	public static boolean isWorkbook(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** The sheets of a folder of CSV files or of a workbook; problems (unreadable files, bad bytes) are added. */
	public static Map<String, Table> read(Path input, TableProblems problems) {
		if (isWorkbook(input)) {
			return WorkbookTables.read(input, problems);
		}
		Map<String, Table> tables = new LinkedHashMap<>();
		for (String sheet : List.of(SpecTables.ACTORS, SpecTables.MEMBERSHIPS, SpecTables.RELATIONS)) {
			Path file = input.resolve(sheet + ".csv");
			Table table = Files.isRegularFile(file) ? CsvTables.read(file, problems) : null;
			if (table != null) {
				tables.put(sheet, table);
			}
		}
		return tables;
	}

	/** Writes the sheets as a workbook ({@code output} ends in .xlsx) or as CSV files in the folder {@code output}. */
	public static List<Path> write(Map<String, List<List<String>>> sheets, Path output) throws IOException {
		if (isWorkbook(output)) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			WorkbookTables.write(sheets, bytes);
			AtomicFile.write(output, bytes.toByteArray());
			return List.of(output);
		}
		Files.createDirectories(output);
		List<Path> written = new java.util.ArrayList<>();
		for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
			Path file = output.resolve(sheet.getKey() + ".csv");
			AtomicFile.write(file, csv(sheet.getValue()).getBytes(StandardCharsets.UTF_8));
			written.add(file);
		}
		return written;
	}

	/** One sheet (header row first) as CSV text. */
	public static String csv(List<List<String>> rows) throws IOException {
		StringWriter out = new StringWriter();
		CsvTables.write(rows.get(0), rows.subList(1, rows.size()), out);
		return out.toString();
	}
}
