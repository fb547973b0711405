package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import concord.model.partnership.FrostStage;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.model.tests.fixtures.UkVictimSupportHub;

/** The shared fixture is the hub of DOMAIN.md 3.1 and a structurally valid model. */
class UkVictimSupportHubTest {

	@Test
	void metamodelItselfIsWellFormedEcore() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(PartnershipPackage.eINSTANCE);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.toString());
	}

	@Test
	void hubMeetsEveryMultiplicityOfTheMetamodel() {
		EValidator.Registry structuralOnly = new EValidatorRegistryImpl();
		structuralOnly.put(PartnershipPackage.eINSTANCE, EObjectValidator.INSTANCE);
		Diagnostic diagnostic = new Diagnostician(structuralOnly).validate(UkVictimSupportHub.build());
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
	}

	@Test
	void hubHasTheCaseStudysShape() {
		PartnershipModel model = UkVictimSupportHub.build();
		Partnership hub = UkVictimSupportHub.hub(model);
		assertEquals(11, hub.getMemberships().size());
		assertEquals(MemberRole.LEAD_AGENCY, hub.getGovernance().getLeadAgency().getRole());
		assertEquals(UkVictimSupportHub.VICTIM_SUPPORT, hub.getGovernance().getLeadAgency().getOrganisation().getName());
		assertTrue(hub.getMemberships().stream().filter(m -> m.getRole() == MemberRole.PARTNER)
				.allMatch(m -> m.isRetainsOwnManagement()), "each partner agency keeps its own management");
		assertEquals(6, hub.getOutcomes().size());
		IntegrationProfile current = hub.getCurrentIntegration();
		assertEquals(FrostStage.CO_ORDINATION, current.getFrost());
		assertEquals(FrostStage.MERGER_AND_INTEGRATION, hub.getTargetIntegration().getFrost());
		assertFalse(hub.getTargetIntegration().isSetNz());
	}

	@Test
	void everyBuildIsAFreshEqualModel() {
		PartnershipModel first = UkVictimSupportHub.build();
		PartnershipModel second = UkVictimSupportHub.build();
		assertNotSame(first, second);
		assertTrue(EcoreUtil.equals(first, second));
	}
}
