package concord.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.dsl.ide.document.SpecDocument;
import concord.interchange.SpecTables;
import concord.interchange.TableFiles;
import concord.interchange.TableImport;
import concord.interchange.table.TableProblems;

/** Importing into a spec that exists adds and updates through its spec document; the analyst's text stays. */
class ImportIntoSpecTest {

	@TempDir
	Path folder;

	private String importInto(Path tables) throws IOException {
		Path spec = folder.resolve("hub.partnership");
		Files.copy(InterchangeSpecs.hub(), spec);
		SpecDocument document = SpecDocument.open(spec, InterchangeSpecs.LANGUAGE);
		TableProblems problems = new TableProblems();
		new TableImport(TableFiles.read(tables, problems), problems).into(document);
		return document.text();
	}

	@Test
	void newActorsAndMembersAreAddedAndEveryOtherLineStays() throws IOException {
		Path tables = Files.createDirectory(folder.resolve("tables"));
		Files.writeString(tables.resolve("actors.csv"), "name,kind,region,sector\n"
				+ "Victim Support,organisation,Bristol,voluntary / third sector\n"
				+ "Citizens Advice,organisation,,voluntary-third-sector\n");
		Files.writeString(tables.resolve("memberships.csv"), "partnership,organisation,role\n"
				+ "Victim support hub (west of UK),Citizens Advice,signposted service\n");
		String text = importInto(tables);

		List<String> added = added(InterchangeSpecs.readText(InterchangeSpecs.hub()), text);
		assertEquals(List.of("\tregion \"Bristol\"", "organisation \"Citizens Advice\" {", "\tsector voluntary-third-sector", "}", "",
				"\tmember \"Citizens Advice\" as signposted-service"), added);
	}

	@Test
	void theSpecsOwnSheetsChangeNothing() throws IOException {
		Path tables = folder.resolve("own");
		TableFiles.write(SpecTables.of(InterchangeSpecs.read(InterchangeSpecs.hub())), tables);
		assertEquals(InterchangeSpecs.readText(InterchangeSpecs.hub()), importInto(tables));
	}

	/**
	 * The lines of {@code after} that are not in {@code before}, when every line of before is still in
	 * after in the same order (otherwise the test fails: a line of the analyst's was lost or changed).
	 */
	private static List<String> added(String before, String after) {
		List<String> old = before.lines().toList();
		List<String> added = new ArrayList<>();
		int i = 0;
		for (String line : after.lines().toList()) {
			if (i < old.size() && old.get(i).equals(line)) {
				i++;
			} else {
				added.add(line);
			}
		}
		assertEquals(old.size(), i, "lines of the spec were lost; the new text:\n" + after);
		return added;
	}
}
