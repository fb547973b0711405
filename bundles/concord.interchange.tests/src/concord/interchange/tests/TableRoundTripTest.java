package concord.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import concord.dsl.ide.document.SpecLibrary;
import concord.interchange.SpecTables;
import concord.interchange.TableFiles;
import concord.interchange.TableImport;
import concord.interchange.table.TableProblems;
import concord.model.partnership.Governance;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;

/**
 * Every template and example, written as CSV files and as a workbook and imported again into a new spec,
 * gives an equal model over what the sheets hold: the same actors with every feature, the same members
 * of each partnership with their own features, the same accountability lines. The imported spec is
 * written as text and read back, so the language's serializer is part of the trip.
 */
class TableRoundTripTest {

	@TempDir
	Path folder;

	static Stream<Path> specs() {
		return InterchangeSpecs.all();
	}

	@ParameterizedTest
	@MethodSource("specs")
	void csvFilesGiveTheSameModel(Path spec) throws IOException {
		roundTrip(spec, folder.resolve("tables"));
	}

	@ParameterizedTest
	@MethodSource("specs")
	void aWorkbookGivesTheSameModel(Path spec) throws IOException {
		roundTrip(spec, folder.resolve("tables.xlsx"));
	}

	private void roundTrip(Path spec, Path tables) throws IOException {
		PartnershipModel original = InterchangeSpecs.read(spec);
		TableFiles.write(SpecTables.of(original), tables);
		TableProblems problems = new TableProblems();
		PartnershipModel imported = new TableImport(TableFiles.read(tables, problems), problems).newModel(original.getName());
		assertTrue(problems.isEmpty(), problems.getMessage());
		Path written = folder.resolve("imported.partnership");
		String text = SpecLibrary.of(InterchangeSpecs.LANGUAGE).write(List.of(imported), written);
		PartnershipModel reread = InterchangeSpecs.read(written, text);

		assertTrue(EcoreUtil.equals(original.getActors(), reread.getActors()), "actors of " + spec + " differ:\n"
				+ SpecTables.of(original).get(SpecTables.ACTORS) + "\n" + SpecTables.of(reread).get(SpecTables.ACTORS));
		assertEquals(members(original), members(reread), "members of " + spec);
		assertEquals(lines(original), lines(reread), "accountability lines of " + spec);
		assertEquals(SpecTables.of(original), SpecTables.of(reread), "sheets of " + spec);
	}

	/** Each member as its partnership, organisation and own features (not its drivers, which no sheet holds). */
	private static List<String> members(PartnershipModel model) {
		List<String> members = new ArrayList<>();
		for (Partnership partnership : model.getPartnerships()) {
			partnership.getMemberships().forEach(m -> members.add(partnership.getName() + " " + features(m)));
		}
		return members;
	}

	private static List<String> lines(PartnershipModel model) {
		List<String> lines = new ArrayList<>();
		for (Partnership partnership : model.getPartnerships()) {
			Governance governance = partnership.getGovernance();
			if (governance != null) {
				governance.getAccountabilityLines().forEach(l -> lines.add(partnership.getName() + " " + features(l)));
			}
		}
		return lines;
	}

	private static String features(EObject element) {
		StringBuilder text = new StringBuilder();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature == Literals.MEMBERSHIP__DRIVERS || feature.isDerived()) {
				continue;
			}
			Object value = element.eIsSet(feature) ? element.eGet(feature) : "(unset)";
			text.append(feature.getName()).append('=').append(describe(value)).append(' ');
		}
		return text.toString();
	}

	private static String describe(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(TableRoundTripTest::describe).toList().toString();
		}
		return value instanceof EObject element ? concord.model.helpers.ElementNames.name(element) : String.valueOf(value);
	}
}
