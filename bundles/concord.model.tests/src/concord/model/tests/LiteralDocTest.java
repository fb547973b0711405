package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

import concord.model.catalogue.Citation;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.FrostStage;
import concord.model.partnership.PartnershipPackage;

class LiteralDocTest {

	@Test
	void generatedConstantShowsTheSourceLabelAndItsCitation() {
		LiteralDoc doc = LiteralDoc.of(FrostStage.MERGER_AND_INTEGRATION);
		assertEquals("merger and integration", doc.label());
		Citation citation = doc.citation().orElseThrow();
		assertEquals("Frost, Robinson & Anning", citation.authors());
		assertEquals("2005", citation.year());
		assertEquals("S1/S3", citation.seed());
		assertEquals("Frost, Robinson & Anning 2005 [S1/S3]", citation.toString());
	}

	@Test
	void hoverTextJoinsLabelDefinitionAndReference() {
		String hover = LiteralDoc.of(CollaborationRole.GUARDIAN_ANGEL).hoverText();
		assertTrue(hover.startsWith("guardian angel: "), hover);
		assertTrue(hover.endsWith("(Ryan, Gill, Eppel & Lips c. 2008)"), hover);
	}

	@Test
	void literalSpecificCitationOverridesTheFrameworkDefault() {
		LiteralDoc doc = LiteralDoc.of(ChallengeKind.COMPLEXITY_OF_ACCOUNTABILITY_AND_COMMUNICATION);
		assertTrue(doc.citation().orElseThrow().note().contains("worked example"));
	}

	@Test
	void classesAndFeaturesAreDocumentedToo() {
		LiteralDoc roleAssignment = LiteralDoc.of(PartnershipPackage.Literals.ROLE_ASSIGNMENT);
		assertEquals("role assignment", roleAssignment.label());
		assertTrue(roleAssignment.definition().contains("several"), roleAssignment.definition());
		LiteralDoc dimension = LiteralDoc.of(PartnershipPackage.Literals.PERSPECTIVE_PROFILE__GOAL_STRUCTURE);
		assertEquals("Goal structure", dimension.label());
		assertEquals("Kickert, Klijn & Koppenjan", dimension.citation().orElseThrow().authors());
	}

	@Test
	void foreignEnumeratorsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> LiteralDoc.of(Foreign.ONLY));
	}

	/** An enumeration that is not part of the partnership package. */
	private enum Foreign implements Enumerator {
		ONLY;

		@Override
		public int getValue() {
			return 0;
		}

		@Override
		public String getName() {
			return name();
		}

		@Override
		public String getLiteral() {
			return "only";
		}
	}
}
