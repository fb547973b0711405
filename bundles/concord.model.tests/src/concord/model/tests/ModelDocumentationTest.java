package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import concord.model.catalogue.Citation;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.PartnershipPackage;

/**
 * Every word a consultant can pick in an editor must explain itself and say where it comes from:
 * walks all enumerations and classes of the package reflectively.
 */
class ModelDocumentationTest {

	private static List<EEnum> enumerations() {
		List<EEnum> enums = new ArrayList<>();
		for (EClassifier classifier : PartnershipPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				enums.add(eEnum);
			}
		}
		return enums;
	}

	@Test
	void everyLiteralHasACompleteCitation() {
		List<String> missing = new ArrayList<>();
		for (EEnum eEnum : enumerations()) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				if (!Citation.of(literal).map(Citation::isComplete).orElse(false)) {
					missing.add(eEnum.getName() + "." + literal.getName());
				}
			}
		}
		assertEquals(List.of(), missing, "literals without authors and seed in their citation");
	}

	@Test
	void everyLiteralHasAOneLineDefinition() {
		List<String> missing = new ArrayList<>();
		for (EEnum eEnum : enumerations()) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				String definition = LiteralDoc.of(literal).definition();
				if (definition.isBlank() || definition.contains("\n")) {
					missing.add(eEnum.getName() + "." + literal.getName());
				}
			}
		}
		assertEquals(List.of(), missing, "literals without a one-line definition");
	}

	@Test
	void everyLiteralShowsADistinctLabelOtherThanItsIdentifier() {
		List<String> problems = new ArrayList<>();
		for (EEnum eEnum : enumerations()) {
			Set<String> labels = new HashSet<>();
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				String label = literal.getLiteral();
				if (label.isBlank() || label.equals(literal.getName()) || !labels.add(label)) {
					problems.add(eEnum.getName() + "." + literal.getName() + " -> '" + label + "'");
				}
			}
		}
		assertEquals(List.of(), problems, "literal labels that are blank, identifiers or duplicates");
	}

	@Test
	void everyEnumerationAndClassHasALabelAndDefinition() {
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : PartnershipPackage.eINSTANCE.getEClassifiers()) {
			LiteralDoc doc = LiteralDoc.of(classifier);
			if (doc.definition().isBlank() || doc.label().equals(classifier.getName())) {
				missing.add(classifier.getName());
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void packageCoversTheDigestsFrameworks() {
		long enums = enumerations().size();
		long classes = PartnershipPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).count();
		assertTrue(enums >= 55, "enumerations: " + enums);
		assertTrue(classes >= 27, "classes: " + classes);
	}
}
