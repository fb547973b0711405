package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import concord.validation.RuleCatalogue;
import concord.validation.catalogue.Category;
import concord.validation.catalogue.FindingKind;
import concord.validation.catalogue.Rule;

class RuleCatalogueTest {

	/** Rule counts per family in the domain digest, section 2. */
	private static final Map<String, Integer> DIGEST = Map.of("DF", 16, "KP", 6, "IL", 9, "NZ", 27, "PV", 5, "PL", 13,
			"CL", 12, "WF", 6, "NW", 3);

	@Test
	void holdsEveryDigestRuleInDigestOrder() {
		List<String> expected = new ArrayList<>();
		for (Category category : Category.values()) {
			for (int number = 1; number <= DIGEST.get(category.prefix()); number++) {
				expected.add(String.format("%s-%02d", category.prefix(), number));
			}
		}
		assertEquals(94 + 3, expected.size(), "the digest's 94 rules and 3 network rules");
		assertEquals(expected, RuleCatalogue.standard().rules().stream().map(Rule::id).toList());
	}

	@Test
	void everyRuleIsDocumented() {
		for (Rule rule : RuleCatalogue.standard().rules()) {
			assertFalse(rule.message().isBlank(), rule.id());
			assertFalse(rule.source().isBlank(), rule.id());
			assertEquals(rule.category().prefix(), rule.id().substring(0, 2));
		}
	}

	@Test
	void inferencesAreMarkedAndSaySo() {
		List<String> inferences = RuleCatalogue.standard().rules().stream().filter(Rule::inference).map(Rule::id).toList();
		assertEquals(List.of("DF-10", "IL-05"), inferences);
		for (String id : inferences) {
			String message = RuleCatalogue.standard().find(id).orElseThrow().message();
			assertTrue(message.contains("treat as a prompt"), id + " must say it is an interpretation");
		}
	}

	@Test
	void findsRulesById() {
		assertEquals("PL-04", RuleCatalogue.standard().find("PL-04").orElseThrow().id());
		assertTrue(RuleCatalogue.standard().find("XX-99").isEmpty());
		assertEquals(27, RuleCatalogue.standard().rules(Category.NZ_ROLES_AND_PROCESS).size());
	}

	/** Messages that say something is not recorded: "No drivers are recorded", "Not recorded: ...", "no coordinator is modelled". */
	private static final Pattern NOT_RECORDED = Pattern.compile("(?i)(\\bno\\b[^.]*\\b(is|are) (recorded|modelled)|not recorded|nobody is modelled|only one \\w+ is recorded)");

	@Test
	void everyRuleSaysWhetherItNamesARiskOrAGap() {
		for (Rule rule : RuleCatalogue.standard().rules()) {
			assertNotNull(rule.kind(), rule.id());
			if (NOT_RECORDED.matcher(rule.message()).find()) {
				assertEquals(FindingKind.GAP, rule.kind(), rule.id() + " says something is not recorded: " + rule.message());
			}
		}
		for (String gap : List.of("DF-01", "IL-03", "NZ-11", "NZ-13", "NZ-22", "PV-02", "CL-11")) {
			assertEquals(FindingKind.GAP, RuleCatalogue.standard().find(gap).orElseThrow().kind(), gap);
		}
		for (String risk : List.of("DF-03", "KP-01", "IL-01", "NZ-06", "PL-04", "CL-05", "WF-01", "NW-01")) {
			assertEquals(FindingKind.RISK, RuleCatalogue.standard().find(risk).orElseThrow().kind(), risk);
		}
	}
}
