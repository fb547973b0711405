package concord.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.dsl.ide.document.SpecDocument;
import concord.interchange.TableFiles;
import concord.interchange.TableImport;
import concord.interchange.table.TableProblems;

/** Sheets that cannot be imported: every problem names the file, the row and the column, and no spec changes. */
class TableImportErrorsTest {

	@TempDir
	Path folder;

	private List<String> problems(Path input) {
		TableProblems problems = new TableProblems();
		TableProblems thrown = assertThrows(TableProblems.class, () -> {
			TableImport tables = new TableImport(TableFiles.read(input, problems), problems);
			tables.newModel("imported");
		});
		return thrown.problems();
	}

	private Path csv(String actors) throws IOException {
		Files.writeString(folder.resolve("actors.csv"), actors);
		return folder;
	}

	@Test
	void aMissingColumnIsNamedInTheHeaderRow() throws IOException {
		assertEquals(List.of("actors.csv:1:2: missing column \"kind\""), problems(csv("name\nVictim Support\n")));
	}

	@Test
	void anUnknownColumnIsNamedWhereItIs() throws IOException {
		List<String> found = problems(csv("name,kind,sectr\nVictim Support,organisation,voluntary\n"));
		assertEquals(1, found.size(), found.toString());
		assertEquals(true, found.get(0).startsWith("actors.csv:1:3: unknown column \"sectr\""), found.toString());
	}

	@Test
	void anUnknownKindIsNamedAtItsCell() throws IOException {
		List<String> found = problems(csv("name,kind,sector\nVictim Support,organisation,charity\nHub co-ordinator,persn,\n"));
		assertEquals(2, found.size(), found.toString());
		assertTrue(found.contains("actors.csv:3:2: unknown kind \"persn\" (expected organisation, person or group)"), found.toString());
		assertTrue(found.stream().anyMatch(f -> f.startsWith("actors.csv:2:3: unknown sector \"charity\" (expected \"statutory / public\"")),
				found.toString());
	}

	@Test
	void anUnknownActorIsNamedAtItsCell() throws IOException {
		csv("name,kind,employer\nHub co-ordinator,person,Victim Suport\n");
		Files.writeString(folder.resolve("memberships.csv"), "partnership,organisation,role\nHub,Victim Support,lead agency\n");
		assertEquals(List.of("actors.csv:2:3: unknown actor \"Victim Suport\" (not in the actors sheet nor in the spec)",
				"memberships.csv:2:2: unknown actor \"Victim Support\" (not in the actors sheet nor in the spec)"), problems(folder));
	}

	@Test
	void bytesThatAreNotUtf8AreNamedByRowAndColumn() throws IOException {
		byte[] latin1 = "name,kind,region\nVictim Support,organisation,Bristol\nCare and Repair,organisation,Gwynedd Caf\u00e9\n"
				.getBytes(StandardCharsets.ISO_8859_1);
		Files.write(folder.resolve("actors.csv"), latin1);
		assertEquals(List.of("actors.csv:3:3: not UTF-8 (byte 0xe9); save the sheet as \"CSV UTF-8\""), problems(folder));
	}

	@Test
	void aSpreadsheetsByteOrderMarkIsNotPartOfTheFirstColumn() throws IOException {
		Files.writeString(folder.resolve("actors.csv"), "\ufeffname,kind\nVictim Support,organisation\n");
		TableProblems problems = new TableProblems();
		assertEquals("Victim Support", new TableImport(TableFiles.read(folder, problems), problems).newModel("m").getActors().get(0).getName());
	}

	@Test
	void aWorkbookNamesItsSheetRowAndColumn() throws IOException {
		Path book = folder.resolve("stakeholders.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
			Sheet sheet = workbook.createSheet("actors");
			row(sheet, 0, "name", "kind", "level");
			row(sheet, 1, "Police force", "organisation", "local");
			row(sheet, 2, "Witness care", "organisation", "parish");
			workbook.write(out);
		}
		List<String> found = problems(book);
		assertEquals(1, found.size(), found.toString());
		assertEquals(true, found.get(0).startsWith("stakeholders.xlsx[actors]:3:3: unknown level \"parish\""), found.get(0));
	}

	@Test
	void anImportWithProblemsLeavesTheSpecAsItWas() throws IOException {
		Path spec = folder.resolve("hub.partnership");
		Files.copy(InterchangeSpecs.hub(), spec);
		Path tables = Files.createDirectory(folder.resolve("tables"));
		// the first row is good, the second is not: not even the first may be applied
		Files.writeString(tables.resolve("actors.csv"), "name,kind,region\nVictim Support,organisation,Bristol\nNobody,alien,\n");
		SpecDocument document = SpecDocument.open(spec, InterchangeSpecs.LANGUAGE);
		String before = document.text();
		TableProblems problems = new TableProblems();
		TableImport tables2 = new TableImport(TableFiles.read(tables, problems), problems);
		TableProblems thrown = assertThrows(TableProblems.class, () -> tables2.into(document));
		assertEquals(List.of("actors.csv:3:2: unknown kind \"alien\" (expected organisation, person or group)"), thrown.problems());
		assertEquals(before, document.text());
		assertEquals(InterchangeSpecs.readText(InterchangeSpecs.hub()), Files.readString(spec));
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}
}
