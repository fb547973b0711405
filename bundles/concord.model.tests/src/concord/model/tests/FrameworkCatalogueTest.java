package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import concord.model.catalogue.AnnotationSources;
import concord.model.catalogue.AttributeLink;
import concord.model.catalogue.ChallengeLink;
import concord.model.catalogue.Confidence;
import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.IntegrationScale;
import concord.model.catalogue.KickertCell;
import concord.model.partnership.BoundarySpanningApproach;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.FrostStage;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.ManagementPerspective;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.NetworkForm;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.Practice;
import concord.model.partnership.WorkingMode;

class FrameworkCatalogueTest {

	private final FrameworkCatalogue catalogue = FrameworkCatalogue.standard();

	@Test
	void eachDriverShapesItsFormAndPersonalHasNone() {
		assertEquals(Optional.of(NetworkForm.RESOURCE_EXCHANGE), catalogue.formFor(NetworkDriver.RESOURCE_EXCHANGE));
		assertEquals(Optional.of(NetworkForm.EXPLOITATION_OF_NICHE), catalogue.formFor(NetworkDriver.ECOLOGICAL));
		assertEquals(Optional.of(NetworkForm.PROBLEM_SHARING_AND_PROBLEM_SOLVING), catalogue.formFor(NetworkDriver.PROBLEM_FOCUSED));
		assertEquals(Optional.of(NetworkForm.COMPETENCE_AND_KNOWLEDGE),
				catalogue.formFor(NetworkDriver.ORGANISATIONAL_COMPETENCE_AND_LEARNING));
		assertEquals(Optional.of(NetworkForm.RESPONDING_TO_TECHNOLOGY), catalogue.formFor(NetworkDriver.TECHNOLOGY_FOCUSED));
		assertEquals(Optional.empty(), catalogue.formFor(NetworkDriver.PERSONAL));
		for (NetworkForm form : NetworkForm.values()) {
			assertEquals(Optional.of(form), catalogue.formFor(catalogue.driverFor(form)));
		}
	}

	@Test
	void workedExamplesConfirmTheFirstTwoAttributesAndTheRestArePositional() {
		assertEquals(new AttributeLink(LeadershipAttribute.PREDICTABILITY_INTEGRITY, Confidence.CONFIRMED),
				catalogue.attributeFor(NetworkForm.RESOURCE_EXCHANGE));
		assertEquals(new AttributeLink(LeadershipAttribute.ENTREPRENEUR, Confidence.CONFIRMED),
				catalogue.attributeFor(NetworkForm.EXPLOITATION_OF_NICHE));
		assertEquals(new AttributeLink(LeadershipAttribute.NETWORKER, Confidence.POSITIONAL),
				catalogue.attributeFor(NetworkForm.PROBLEM_SHARING_AND_PROBLEM_SOLVING));
		assertEquals(new AttributeLink(LeadershipAttribute.CUSTOMER_FOCUSED, Confidence.POSITIONAL),
				catalogue.attributeFor(NetworkForm.COMPETENCE_AND_KNOWLEDGE));
		assertEquals(new AttributeLink(LeadershipAttribute.COMMITMENT, Confidence.POSITIONAL),
				catalogue.attributeFor(NetworkForm.RESPONDING_TO_TECHNOLOGY));
	}

	@Test
	void challengesCarryTheirConfidence() {
		assertEquals(List.of(new ChallengeLink(ChallengeKind.LACK_OF_SHARED_FRAMEWORK, Confidence.CONFIRMED)),
				catalogue.challengesFor(NetworkForm.RESOURCE_EXCHANGE));
		assertEquals(List.of(
				new ChallengeLink(ChallengeKind.COMPLEXITY_OF_ACCOUNTABILITY_AND_COMMUNICATION, Confidence.AMBIGUOUS),
				new ChallengeLink(ChallengeKind.INCOMPATIBLE_CULTURE_AND_VALUES, Confidence.AMBIGUOUS)),
				catalogue.challengesFor(NetworkForm.EXPLOITATION_OF_NICHE));
		assertEquals(List.of(new ChallengeLink(ChallengeKind.DIVERGENT_PROFESSIONAL_DISCOURSES, Confidence.POSITIONAL)),
				catalogue.challengesFor(NetworkForm.RESPONDING_TO_TECHNOLOGY));
		assertTrue(catalogue.noteFor(NetworkForm.EXPLOITATION_OF_NICHE).isPresent());
	}

	@Test
	void ranksFollowEachSourcesOrder() {
		for (IntegrationScale scale : IntegrationScale.values()) {
			List<Enumerator> levels = scale.literals();
			for (int i = 0; i < levels.size(); i++) {
				assertEquals(i + 1, catalogue.rank(levels.get(i)), scale + " " + levels.get(i));
			}
		}
		assertTrue(catalogue.rank(FrostStage.COLLABORATION) < catalogue.rank(FrostStage.CO_ORDINATION));
		assertTrue(catalogue.rank(KeastLevel.COLLABORATION) > catalogue.rank(KeastLevel.COORDINATION));
		assertTrue(catalogue.rank(WorkingMode.COLLABORATION) > catalogue.rank(WorkingMode.CO_ORDINATION));
	}

	@Test
	void crosswalkPutsFrostCollaborationBetweenTheOthersCooperationAndCoordination() {
		int frostCollaboration = catalogue.crosswalkPosition(FrostStage.COLLABORATION);
		assertTrue(frostCollaboration > catalogue.crosswalkPosition(KeastLevel.COOPERATION));
		assertTrue(frostCollaboration < catalogue.crosswalkPosition(KeastLevel.COORDINATION));
		assertTrue(frostCollaboration < catalogue.crosswalkPosition(WorkingMode.CO_ORDINATION));
		assertTrue(catalogue.crosswalkPosition(KeastLevel.COLLABORATION) > catalogue.crosswalkPosition(FrostStage.CO_ORDINATION));
		assertTrue(catalogue.crosswalkPosition(FrostStage.MERGER_AND_INTEGRATION) > catalogue.crosswalkPosition(WorkingMode.COLLABORATION));
		assertTrue(catalogue.crosswalkPosition(WorkingMode.CO_EXISTENCE) < catalogue.crosswalkPosition(WorkingMode.COMMUNICATION));
	}

	@Test
	void equivalentsLinkTheSameRungAcrossScalesOnly() {
		assertEquals(List.of(KeastLevel.COOPERATION, FrostStage.CO_OPERATION),
				sortByScale(catalogue.equivalents(WorkingMode.COOPERATION)));
		assertEquals(List.of(), catalogue.equivalents(FrostStage.COLLABORATION));
		assertEquals(List.of(WorkingMode.COLLABORATION), catalogue.equivalents(KeastLevel.COLLABORATION));
		for (IntegrationScale scale : IntegrationScale.values()) {
			for (Enumerator level : scale.literals()) {
				for (Enumerator other : catalogue.equivalents(level)) {
					assertTrue(catalogue.equivalents(other).contains(level), other + " should list " + level);
					assertEquals(catalogue.crosswalkPosition(level), catalogue.crosswalkPosition(other));
					assertTrue(IntegrationScale.of(other).orElseThrow() != scale);
				}
			}
		}
	}

	@Test
	void levelsKnowTheirScale() {
		assertEquals(Optional.of(IntegrationScale.FROST), IntegrationScale.of(FrostStage.MERGER_AND_INTEGRATION));
		assertEquals(Optional.of(IntegrationScale.NZ), IntegrationScale.of(WorkingMode.CO_EXISTENCE));
		assertEquals(Optional.empty(), IntegrationScale.of(NetworkForm.RESOURCE_EXCHANGE));
		assertEquals("Frost stage of joint working", IntegrationScale.FROST.label());
		assertThrows(IllegalArgumentException.class, () -> catalogue.rank(NetworkForm.RESOURCE_EXCHANGE));
	}

	@Test
	void practicesIndicateTheLevelTheyEvidence() {
		int cooperation = catalogue.crosswalkPosition(KeastLevel.COOPERATION);
		assertEquals(OptionalInt.of(cooperation), catalogue.indicatedPosition(Practice.SHARE_REFERRALS));
		assertEquals(OptionalInt.of(cooperation), catalogue.indicatedPosition(Practice.SHARE_OFFICE_SPACE));
		assertEquals(OptionalInt.of(catalogue.crosswalkPosition(KeastLevel.COLLABORATION)),
				catalogue.indicatedPosition(Practice.MUTUAL_DEPENDENCY));
		assertEquals(OptionalInt.of(catalogue.crosswalkPosition(FrostStage.MERGER_AND_INTEGRATION)),
				catalogue.indicatedPosition(Practice.SINGLE_SERVICE_SINGLE_MANAGEMENT));
		assertEquals(OptionalInt.empty(), catalogue.indicatedPosition(Practice.RISK_PROFILING));
	}

	@Test
	void boundarySpanningApproachesMapToStyles() {
		assertEquals(LeadershipStyle.TRANSFORMATIONAL, catalogue.styleFor(BoundarySpanningApproach.FACILITATIVE));
		assertEquals(LeadershipStyle.TRANSACTIONAL, catalogue.styleFor(BoundarySpanningApproach.ADVOCACY));
	}

	@Test
	void kickertCellsNameTheDimensionAndFlagReconstructedWording() {
		PartnershipPackage p = PartnershipPackage.eINSTANCE;
		KickertCell setting = catalogue.kickertCell(p.getPerspectiveProfile_OrganisationalSetting(), ManagementPerspective.NETWORK);
		assertEquals(new KickertCell("Organisational setting", "Divided authority structure", false), setting);
		KickertCell manager = catalogue.kickertCell(p.getPerspectiveProfile_RoleOfManager(), ManagementPerspective.CLASSICAL);
		assertEquals("System controller", manager.text());
		assertTrue(manager.reconstructed());
	}

	@Test
	void anEditedCatalogueChangesThePairingsWithoutCodeChanges() {
		EPackage edited = EcoreUtil.copy(PartnershipPackage.eINSTANCE);
		EEnum forms = (EEnum) edited.getEClassifier("NetworkForm");
		forms.getEEnumLiteral("EXPLOITATION_OF_NICHE").getEAnnotation(AnnotationSources.CATALOGUE).getDetails()
				.put("challenges", "INCOMPATIBLE_CULTURE_AND_VALUES:confirmed");
		FrameworkCatalogue trainers = FrameworkCatalogue.from(edited);
		assertEquals(List.of(new ChallengeLink(ChallengeKind.INCOMPATIBLE_CULTURE_AND_VALUES, Confidence.CONFIRMED)),
				trainers.challengesFor(NetworkForm.EXPLOITATION_OF_NICHE));
		assertEquals(2, catalogue.challengesFor(NetworkForm.EXPLOITATION_OF_NICHE).size(), "standard catalogue untouched");
	}

	@Test
	void incompleteCatalogueDataIsRejectedNamingTheElement() {
		EPackage broken = EcoreUtil.copy(PartnershipPackage.eINSTANCE);
		((EEnum) broken.getEClassifier("NetworkForm")).getEEnumLiteral("COMPETENCE_AND_KNOWLEDGE")
				.getEAnnotation(AnnotationSources.CATALOGUE).getDetails().put("attribute", "CHARISMA");
		IllegalStateException error = assertThrows(IllegalStateException.class, () -> FrameworkCatalogue.from(broken));
		assertTrue(error.getMessage().contains("NetworkForm.COMPETENCE_AND_KNOWLEDGE"), error.getMessage());
		assertTrue(error.getMessage().contains("CHARISMA"), error.getMessage());
	}

	private static List<Enumerator> sortByScale(List<Enumerator> levels) {
		return levels.stream().sorted((a, b) -> Integer.compare(order(a), order(b))).toList();
	}

	private static int order(Enumerator level) {
		// Keast before Frost, as in the expectation above
		return IntegrationScale.of(level).orElseThrow() == IntegrationScale.KEAST ? 0 : 1;
	}
}
