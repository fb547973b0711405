package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import concord.model.partnership.PartnershipPackage;
import concord.validation.RuleProfile;
import concord.validation.catalogue.Finding;
import concord.validation.emf.ConcordEValidator;

class ConcordEValidatorTest {

	private Object previous;

	@BeforeEach
	void register() {
		previous = EValidator.Registry.INSTANCE.get(PartnershipPackage.eINSTANCE);
		ConcordEValidator.register();
	}

	@AfterEach
	void restore() {
		if (previous == null) {
			EValidator.Registry.INSTANCE.remove(PartnershipPackage.eINSTANCE);
		} else {
			EValidator.Registry.INSTANCE.put(PartnershipPackage.eINSTANCE, previous);
		}
	}

	private static List<Diagnostic> catalogueDiagnostics(Diagnostic root) {
		return root.getChildren().stream().filter(d -> ConcordEValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
	}

	@Test
	void diagnosticianReportsCatalogueFindingsWithRuleIds() {
		Sketch s = Sketch.partnership();
		s.p.getMemberships().remove(s.b());
		Diagnostic result = Diagnostician.INSTANCE.validate(s.model);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		Diagnostic wf01 = catalogueDiagnostics(result).stream().filter(d -> "WF-01".equals(ConcordEValidator.ruleIdOf(d)))
				.findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, wf01.getSeverity());
		assertEquals(ConcordEValidator.codeOf("WF-01"), wf01.getCode());
		assertSame(s.p, wf01.getData().get(0));
		assertTrue(wf01.getData().get(2) instanceof Finding);
		assertTrue(wf01.getMessage().startsWith("WF-01: A partnership needs stakeholders"));
	}

	@Test
	void codesAreStablePerRule() {
		assertEquals(103, ConcordEValidator.codeOf("DF-03"));
		assertEquals(206, ConcordEValidator.codeOf("KP-06"));
		assertEquals(806, ConcordEValidator.codeOf("WF-06"));
	}

	@Test
	void profileCanBePassedInTheContext() throws Exception {
		Sketch s = Sketch.partnership();
		s.p.getMemberships().remove(s.b());
		Map<Object, Object> context = new HashMap<>();
		context.put(RuleProfile.class, RuleProfile.parse("disable all\n", "silent.profile"));
		Diagnostic result = Diagnostician.INSTANCE.validate(s.model, context);
		assertEquals(List.of(), catalogueDiagnostics(result));
		assertFalse(catalogueDiagnostics(Diagnostician.INSTANCE.validate(s.model)).isEmpty());
	}
}
