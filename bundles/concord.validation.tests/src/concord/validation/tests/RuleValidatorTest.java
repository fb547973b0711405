package concord.validation.tests;

import static concord.model.partnership.NetworkDriver.PROBLEM_FOCUSED;
import static concord.model.partnership.NetworkDriver.RESOURCE_EXCHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import concord.model.partnership.AuthorityStructure;
import concord.model.partnership.FrostStage;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.WorkingMode;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.Severity;

class RuleValidatorTest {

	private static final RuleValidator DEFAULTS = new RuleValidator(RuleProfile.defaults());

	private static List<Finding> findings(RuleValidator validator, Sketch s, String id) {
		return validator.validate(s.model).stream().filter(f -> f.ruleId().equals(id)).toList();
	}

	@Test
	void findingCarriesElementRuleSeverityMessageAndSource() {
		Sketch s = Sketch.partnership();
		s.driver(s.a(), RESOURCE_EXCHANGE, 1);
		s.driver(s.b(), PROBLEM_FOCUSED, 1);
		Finding finding = findings(DEFAULTS, s, "DF-03").get(0);
		assertSame(s.b(), finding.element());
		assertEquals(null, finding.feature());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Slides on leading inter-agency working (unattributed, c. 2007), \"What does the literature say… (1)\"; Caveats",
				finding.source());
		assertTrue(finding.message().startsWith(
				"Partners are in this for different reasons (Agency A: Resource Exchange; Agency B: Problem focused)."),
				finding.message());
	}

	@Test
	void profileSwitchesRulesOffAndOverridesSeverity() throws Exception {
		Sketch s = Sketch.partnership();
		s.driver(PROBLEM_FOCUSED, 1);
		RuleValidator quiet = new RuleValidator(
				RuleProfile.parse("disable inferences\nseverity DF-02 warning\n", "quiet.profile"));
		assertEquals(List.of(), findings(quiet, s, "DF-10"));
		assertEquals(1, findings(DEFAULTS, s, "DF-10").size());
		assertEquals(Severity.WARNING, findings(quiet, s, "DF-02").get(0).severity());
		assertFalse(quiet.enabledRules().stream().anyMatch(r -> r.id().equals("IL-05")));
	}

	@Test
	void incompleteTrioIsAnErrorForComplexProblemsAimingAtCollaboration() {
		Sketch s = Sketch.partnership();
		assertEquals(Severity.WARNING, findings(DEFAULTS, s, "NZ-01").get(0).severity());
		s.wicked();
		s.target().setNz(WorkingMode.COLLABORATION);
		Finding finding = findings(DEFAULTS, s, "NZ-01").get(0);
		assertEquals(Severity.ERROR, finding.severity());
		assertTrue(finding.message().contains("missing: public entrepreneur, guardian angel and fellow-traveller"),
				finding.message());
	}

	@Test
	void missingSupportIsAnErrorWhenSustaining() {
		Sketch s = Sketch.partnership();
		s.p.setCurrentPhase(ProcessPhase.SUSTAINING);
		assertEquals(Severity.ERROR, findings(DEFAULTS, s, "NZ-12").get(0).severity());
	}

	@Test
	void quickFixesChangeTheModelSoThatTheFindingGoes() {
		Sketch s = Sketch.partnership();
		s.driver(RESOURCE_EXCHANGE, 1);
		s.governance().setAuthorityStructure(AuthorityStructure.SINGLE);
		s.a().setRetainsOwnManagement(true);
		s.b().setRetainsOwnManagement(true);
		s.current().setFrost(FrostStage.MERGER_AND_INTEGRATION);
		for (String id : List.of("DF-07", "KP-05", "IL-01")) {
			Finding finding = findings(DEFAULTS, s, id).get(0);
			assertEquals(1, finding.fixes().size(), id);
			finding.fixes().get(0).apply(finding.element());
			assertEquals(List.of(), findings(DEFAULTS, s, id), id + " after " + finding.fixes().get(0).label());
		}
		assertEquals(FrostStage.MERGER_AND_INTEGRATION, s.p.getTargetIntegration().getFrost());
		assertEquals(FrostStage.CO_ORDINATION, s.p.getCurrentIntegration().getFrost());
		assertEquals(AuthorityStructure.DIVIDED, s.governance().getAuthorityStructure());
	}

	@Test
	void findingsPointAtTheFeatureInQuestion() {
		Sketch s = Sketch.partnership();
		s.governance().setCoLocated(true);
		Finding finding = findings(DEFAULTS, s, "PL-11").get(0);
		assertSame(s.governance(), finding.element());
		assertSame(PartnershipPackage.Literals.GOVERNANCE__CO_LOCATED, finding.feature());
	}

	@Test
	void quickFixRejectsTheWrongKindOfElement() {
		Sketch s = Sketch.partnership();
		s.driver(RESOURCE_EXCHANGE, 1);
		Finding finding = findings(DEFAULTS, s, "DF-07").get(0);
		assertThrows(IllegalArgumentException.class, () -> finding.fixes().get(0).apply(s.a()));
	}

	@Test
	void findingsComeErrorsFirst() {
		Sketch s = Sketch.partnership();
		s.p.getMemberships().remove(s.b());
		s.current().setKeast(KeastLevel.COLLABORATION);
		List<Finding> findings = DEFAULTS.validate(s.model);
		assertEquals(Severity.ERROR, findings.get(0).severity());
		for (int i = 1; i < findings.size(); i++) {
			assertTrue(findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0);
		}
	}

	@Test
	void partnershipAndModelGiveTheSameFindings() {
		Sketch s = Sketch.partnership();
		s.driver(PROBLEM_FOCUSED, 1);
		assertEquals(DEFAULTS.validate(s.model).stream().map(Finding::toString).toList(),
				DEFAULTS.validate(s.p).stream().map(Finding::toString).toList());
	}
}
