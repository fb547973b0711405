package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import concord.validation.RuleCatalogue;
import concord.validation.catalogue.Rule;

/** A consultant reads authors and years in a finding's source, not the digest's seed codes. */
class SourceCitationTest {

	private static final Pattern SEED_CODE = Pattern.compile("\\bS[0-4]\\b");

	@Test
	void noRuleCitesABareSeedCode() {
		for (Rule rule : RuleCatalogue.standard().rules()) {
			assertFalse(SEED_CODE.matcher(rule.source()).find(), rule.id() + " cites " + rule.source());
		}
	}

	@Test
	void seedCodesBecomeAuthorsAndYears() {
		assertEquals("Ryan, Gill, Eppel & Lips (c. 2008), \"A 'guardian angel'\"", source("NZ-03"));
		assertEquals("Parker, Hartley, Beashel & Vo (2020), Keast", source("IL-02"));
		assertEquals("Parker, Hartley, Beashel & Vo (2020, manuscript version) (hub worker)", source("PL-04"));
	}

	private static String source(String id) {
		return RuleCatalogue.standard().find(id).orElseThrow().source();
	}
}
