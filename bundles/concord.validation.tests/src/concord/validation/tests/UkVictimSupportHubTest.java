package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import concord.model.partnership.PartnershipModel;
import concord.model.tests.fixtures.UkVictimSupportHub;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.Severity;

/**
 * The UK multi-agency victim support hub (DOMAIN.md 3.1, Parker, Hartley, Beashel &amp; Vo), built by
 * the model bundle's shared fixture, gives the teaching findings the digest predicts and nothing the
 * case contradicts.
 */
class UkVictimSupportHubTest {

	private static List<Finding> findings;
	private static Set<String> ids;

	@BeforeAll
	static void validateTheHub() {
		PartnershipModel model = UkVictimSupportHub.build();
		findings = new RuleValidator(RuleProfile.defaults()).validate(model);
		ids = new TreeSet<>(findings.stream().map(Finding::ruleId).toList());
		findings.forEach(System.out::println); // the teaching output, for trainers reading the build log
	}

	@Test
	void givesTheTeachingFindingsTheDigestPredicts() {
		// DF-03 third-sector members driven by resource exchange; KP-06 hybrid Kickert profile; the stated
		// tensions: PL-04 matrix-managed worker, PL-05 insecure funding, PL-06 competing for the same pot,
		// PL-11 co-location irritants, PL-13 performance criteria the co-ordinator pushed back on.
		for (String id : List.of("DF-03", "KP-06", "PL-04", "PL-05", "PL-06", "PL-11", "PL-13")) {
			assertTrue(ids.contains(id), id + " missing from " + ids);
		}
	}

	@Test
	void namesTheCaseActorsInItsMessages() {
		assertTrue(message("DF-03").contains(UkVictimSupportHub.LGBT_SUPPORT + ": Resource Exchange"), message("DF-03"));
		assertTrue(message("PL-04").startsWith(UkVictimSupportHub.HUB_WORKER + " is line-managed by "), message("PL-04"));
		assertTrue(message("PL-06").contains(UkVictimSupportHub.VICTIM_SUPPORT), message("PL-06"));
	}

	@Test
	void findsNothingTheCaseContradicts() {
		assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), "no errors: " + findings);
		// Each of these would deny a stated fact: two or more agencies (WF-01), merger only as the target
		// (IL-01), divided authority (KP-05), political astuteness of the PCC and co-ordinator (PL-01), all
		// three foci (PL-09), a co-ordinator (PL-12, DF-15), the proposition with mandate and capacity
		// (PV-01, PV-02), vertical and horizontal accountability (PV-03), stated outcomes (NZ-22, PV-04),
		// people in roles (NZ-23), stated drivers and settlement (DF-01, DF-12), shared credit (DF-16),
		// several originators (PL-10), consistent integration levels (IL-05), host funding (NZ-17), staff
		// free to try new ways of working (NZ-24), a trigger (NZ-11), learning by monitoring (NZ-13).
		Set<String> contradictions = new TreeSet<>(List.of("WF-01", "WF-02", "WF-03", "WF-04", "WF-05", "WF-06", "IL-01",
				"KP-05", "PL-01", "PL-09", "PL-12", "DF-15", "PV-01", "PV-02", "PV-03", "PV-04", "NZ-22", "NZ-23", "DF-01",
				"DF-12", "DF-16", "PL-10", "IL-05", "NZ-17", "NZ-24", "NZ-11", "NZ-13", "DF-04", "DF-10", "KP-01"));
		contradictions.retainAll(ids);
		assertEquals(Set.of(), contradictions);
	}

	private static String message(String id) {
		return findings.stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow().message();
	}
}
