package concord.interchange.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (.xlsx) as {@link Table}s, one a sheet, through Apache POI. A cell is read as the
 * spreadsheet shows it (a staff count typed as 3 is "3", not "3.0"), so the same words work in CSV and XLSX.
 */
public final class WorkbookTables {

	private WorkbookTables() {
	}

	/** The sheets of {@code file} by their names (lower case); a sheet's source is "book.xlsx[sheet]". */
	public static Map<String, Table> read(Path file, TableProblems problems) {
		String name = file.getFileName().toString();
		Map<String, Table> tables = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : book) {
				tables.put(sheet.getSheetName().strip().toLowerCase(java.util.Locale.ROOT), table(name, sheet, formatter));
			}
		} catch (IOException | RuntimeException e) {
			problems.add(name + ":1:1", "not an Excel workbook (.xlsx) that can be read (" + e.getMessage() + ")");
		}
		return tables;
	}

	private static Table table(String book, Sheet sheet, DataFormatter formatter) {
		List<String> header = new ArrayList<>();
		List<TableRow> rows = new ArrayList<>();
		Table table = new Table(book + "[" + sheet.getSheetName() + "]", header, rows);
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
			if (row.getRowNum() == 0) {
				header.addAll(cells);
			} else {
				rows.add(new TableRow(table, row.getRowNum() + 1, cells));
			}
		}
		return table;
	}

	/** Writes one sheet a table, each with its header row, as an .xlsx workbook. */
	public static void write(Map<String, List<List<String>>> sheets, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			for (Map.Entry<String, List<List<String>>> entry : sheets.entrySet()) {
				Sheet sheet = book.createSheet(entry.getKey());
				int r = 0;
				for (List<String> values : entry.getValue()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						if (!values.get(c).isEmpty()) {
							row.createCell(c).setCellValue(values.get(c));
						}
					}
				}
			}
			book.write(out);
		}
	}
}
