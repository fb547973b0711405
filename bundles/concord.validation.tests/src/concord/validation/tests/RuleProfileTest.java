package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import concord.validation.ProfileException;
import concord.validation.RuleCatalogue;
import concord.validation.RuleProfile;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;

class RuleProfileTest {

	private static Rule rule(String id) {
		return RuleCatalogue.standard().find(id).orElseThrow();
	}

	@Test
	void defaultProfileRunsEveryRuleAtItsOwnSeverity() {
		RuleProfile defaults = RuleProfile.defaults();
		assertEquals("default", defaults.name());
		for (Rule rule : RuleCatalogue.standard().rules()) {
			// the network rules read ties most specs record only in part: a profile turns them on
			assertEquals(rule.category() != concord.validation.catalogue.Category.NETWORK, defaults.isEnabled(rule), rule.id());
			assertEquals(Optional.empty(), defaults.severityOverride(rule), rule.id());
		}
	}

	@Test
	void disablesAndOverridesRules() throws Exception {
		RuleProfile profile = RuleProfile.parse("""
				# teaching profile
				profile teaching
				disable DF-05   # no form for personal networks
				severity PL-04 error
				""", "teaching.profile");
		assertEquals("teaching", profile.name());
		assertFalse(profile.isEnabled(rule("DF-05")));
		assertTrue(profile.isEnabled(rule("DF-06")));
		assertEquals(Optional.of(Severity.ERROR), profile.severityOverride(rule("PL-04")));
	}

	@Test
	void targetsFamiliesInferencesAndAllInLineOrder() throws Exception {
		RuleProfile profile = RuleProfile.parse("""
				disable all
				enable KP-*
				disable KP-02
				enable inferences
				severity NZ-* info
				severity NZ-01 default
				""", "focus.profile");
		assertFalse(profile.isEnabled(rule("DF-01")));
		assertTrue(profile.isEnabled(rule("KP-01")));
		assertFalse(profile.isEnabled(rule("KP-02")));
		assertTrue(profile.isEnabled(rule("DF-10")));
		assertTrue(profile.isEnabled(rule("IL-05")));
		assertEquals(Optional.of(Severity.INFO), profile.severityOverride(rule("NZ-02")));
		assertEquals(Optional.empty(), profile.severityOverride(rule("NZ-01")));
		assertEquals("focus", profile.name());
	}

	@Test
	void reportsEveryProblemWithSourceAndLine() {
		ProfileException problem = assertThrows(ProfileException.class, () -> RuleProfile.parse("""
				# fine
				disable DF-05
				disable XX-99
				severity PL-04 fatal
				disabel DF-01
				disable QQ-*
				severity PL-04
				""", "packs/uk-hub.zip!/teaching.profile"));
		assertEquals(List.of("packs/uk-hub.zip!/teaching.profile:3: unknown rule id 'XX-99'",
				"packs/uk-hub.zip!/teaching.profile:4: unknown severity 'fatal' (expected error, warning, info or default)",
				"packs/uk-hub.zip!/teaching.profile:5: unknown keyword 'disabel' (expected profile, enable, disable or severity)",
				"packs/uk-hub.zip!/teaching.profile:6: unknown rule family 'QQ-*'",
				"packs/uk-hub.zip!/teaching.profile:7: expected 'severity RULE-ID error|warning|info|default'"),
				problem.problems());
		assertTrue(problem.getMessage().startsWith("packs/uk-hub.zip!/teaching.profile:3: unknown rule id 'XX-99'"));
	}

	@Test
	void readsFromAReader() throws Exception {
		RuleProfile profile = RuleProfile.parse(new StringReader("disable inferences\n"), "quiet.profile");
		assertFalse(profile.isEnabled(rule("DF-10")));
		assertFalse(profile.isEnabled(rule("IL-05")));
		assertTrue(profile.isEnabled(rule("DF-09")));
	}

	@Test
	void laterProfilesRefineEarlierOnes() throws Exception {
		RuleProfile workspace = RuleProfile.parse("disable DF-05\nseverity PL-04 error\nseverity PL-05 info\n", "workspace.profile");
		RuleProfile project = RuleProfile.parse("enable DF-05\nseverity PL-04 default\ndisable CL-11\n", "project.profile");
		RuleProfile effective = workspace.then(project);
		assertTrue(effective.isEnabled(rule("DF-05")));
		assertFalse(effective.isEnabled(rule("CL-11")));
		assertEquals(Optional.empty(), effective.severityOverride(rule("PL-04")));
		assertEquals(Optional.of(Severity.INFO), effective.severityOverride(rule("PL-05")));
		assertEquals("project", effective.name());
	}
}
