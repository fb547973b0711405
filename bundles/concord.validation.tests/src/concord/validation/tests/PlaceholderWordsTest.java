package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import concord.validation.RuleCatalogue;
import concord.validation.catalogue.PlaceholderWords;
import concord.validation.catalogue.Rule;

/** A rule explained before any model fills it in says in words what each placeholder stands for. */
class PlaceholderWordsTest {

	@Test
	void everyPlaceholderOfEveryRuleIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (Rule rule : RuleCatalogue.standard().rules()) {
			for (String placeholder : PlaceholderWords.placeholders(rule)) {
				if (PlaceholderWords.of(rule, placeholder) == null) {
					undescribed.add(rule.id() + " {" + placeholder + "}");
				}
			}
			assertFalse(PlaceholderWords.describe(rule).matches("(?s).*\\{[A-Za-z0-9]+\\}.*"), rule.id());
		}
		assertEquals(List.of(), undescribed);
	}

	@Test
	void aRulesOwnWordsWinOverTheSharedOnes() {
		Rule df03 = RuleCatalogue.standard().find("DF-03").orElseThrow();
		assertEquals("Partners are in this for different reasons ([the first member]: [the first member's main driver]; "
				+ "[the second member]: [the second member's main driver]).", PlaceholderWords.describe(df03).substring(0, 154));
		Rule df12 = RuleCatalogue.standard().find("DF-12").orElseThrow();
		assertEquals("[the member that controls the budget] controls the budget",
				PlaceholderWords.describe(df12).substring(0, 57));
	}
}
