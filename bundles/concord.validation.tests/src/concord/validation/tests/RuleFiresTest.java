package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import concord.validation.RuleCatalogue;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.Rule;

/** Each rule fires on its own small model and stays quiet on a near miss ({@link RuleCases}). */
class RuleFiresTest {

	/** Every rule, including those the built-in profile leaves off (the network rules). */
	private static final RuleValidator VALIDATOR = new RuleValidator(RuleProfile.defaults().then(everyRule()));

	private static RuleProfile everyRule() {
		try {
			return RuleProfile.parse("profile every-rule\nenable all\n", "every-rule");
		} catch (concord.validation.ProfileException e) {
			throw new IllegalStateException(e);
		}
	}

	static Stream<String> ruleIds() {
		return RuleCatalogue.standard().rules().stream().map(Rule::id);
	}

	@Test
	void everyRuleHasACase() {
		assertEquals(ruleIds().toList(), List.copyOf(RuleCases.CASES.keySet()));
	}

	@ParameterizedTest(name = "{0} fires")
	@MethodSource("ruleIds")
	void fires(String id) {
		Sketch sketch = Sketch.partnership();
		RuleCases.CASES.get(id).fires().accept(sketch);
		List<Finding> findings = findings(sketch, id);
		assertFalse(findings.isEmpty(), id + " should fire; found " + VALIDATOR.validate(sketch.model));
		for (Finding finding : findings) {
			assertFalse(finding.message().matches("(?s).*\\{[A-Za-z0-9]+\\}.*"), "unfilled placeholder: " + finding);
			assertEquals(finding.rule().source(), finding.source());
			assertTrue(finding.element() != null);
			assertTrue(finding.feature() == null || finding.element().eClass().getEAllStructuralFeatures()
					.contains(finding.feature()), "feature of another class: " + finding.feature());
		}
	}

	@ParameterizedTest(name = "{0} does not fire")
	@MethodSource("ruleIds")
	void doesNotFire(String id) {
		Sketch sketch = Sketch.partnership();
		RuleCases.CASES.get(id).passes().accept(sketch);
		assertEquals(List.of(), findings(sketch, id));
	}

	private static List<Finding> findings(Sketch sketch, String id) {
		return VALIDATOR.validate(sketch.model).stream().filter(f -> f.ruleId().equals(id)).toList();
	}
}
