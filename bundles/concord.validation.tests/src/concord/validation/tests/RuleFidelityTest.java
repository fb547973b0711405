package concord.validation.tests;

import static concord.model.partnership.NetworkDriver.PROBLEM_FOCUSED;
import static concord.model.partnership.NetworkDriver.RESOURCE_EXCHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.DriverOrigin;
import concord.model.partnership.FrostStage;
import concord.model.partnership.GovernmentLevel;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.MeetingFocus;
import concord.model.partnership.NetworkForm;
import concord.model.partnership.Person;
import concord.model.partnership.Tension;
import concord.model.partnership.TensionKind;
import concord.model.partnership.WorkingMode;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/**
 * The cases the rule audit (issue 18) found handled against the digest's meaning, each with the model
 * that must raise the finding and the near miss that must not. {@link RuleCases} keeps one pair per
 * rule; these are the further cases a consultant would notice.
 */
class RuleFidelityTest {

	private static final RuleValidator VALIDATOR = new RuleValidator(RuleProfile.defaults());

	private static List<Finding> findings(Sketch sketch, String id) {
		return VALIDATOR.validate(sketch.model).stream().filter(f -> f.ruleId().equals(id)).toList();
	}

	private static Tension tension(Sketch sketch, TensionKind kind) {
		Tension tension = sketch.tension();
		tension.setKind(kind);
		return tension;
	}

	private static String message(Sketch sketch, String id) {
		List<Finding> found = findings(sketch, id);
		assertEquals(1, found.size(), () -> id + ": " + found);
		return found.get(0).message();
	}

	// ---------------------------------------------------------------- NZ-09

	private static Sketch topDown() {
		Sketch s = Sketch.partnership();
		s.p.setOrigin(DriverOrigin.TOP_DOWN_REQUIREMENT);
		return s;
	}

	@Test
	void nz09FiresOnTopDownMembersWhoShareNoDriverAndAnOutcomeOnlyOneOwns() {
		Sketch s = topDown();
		s.driver(s.a(), RESOURCE_EXCHANGE, 1);
		s.driver(s.b(), PROBLEM_FOCUSED, 1);
		s.outcome("More young people in work").getOwnedBy().add(s.a());
		assertTrue(message(s, "NZ-09").contains("no outcome is owned by all of them"), message(s, "NZ-09"));
	}

	@Test
	void nz09DoesNotLetAMemberWithoutDriversInheritThePartnershipsAsShared() {
		Sketch s = topDown();
		s.driver(PROBLEM_FOCUSED, 1);
		s.driver(s.a(), PROBLEM_FOCUSED, 1);
		assertEquals(1, findings(s, "NZ-09").size(), "Agency B states no reason of its own");
	}

	@Test
	void nz09IsQuietWhenEveryMemberRecordsTheSameDriver() {
		Sketch s = topDown();
		s.driver(s.a(), PROBLEM_FOCUSED, 1);
		s.driver(s.b(), PROBLEM_FOCUSED, 1);
		assertEquals(List.of(), findings(s, "NZ-09"));
	}

	@Test
	void nz09FiresOnATopDownPartnershipWithNothingRecorded() {
		assertTrue(message(topDown(), "NZ-09").contains("no driver and no outcome"));
	}

	// ---------------------------------------------------------------- NZ-27, NZ-18

	/** Agency B is part of Agency A, each at the level given. */
	private static Sketch partOf(GovernmentLevel whole, GovernmentLevel part) {
		Sketch s = Sketch.partnership();
		s.a().getOrganisation().setLevel(whole);
		s.b().getOrganisation().setLevel(part);
		s.b().getOrganisation().setParent(s.a().getOrganisation());
		return s;
	}

	@Test
	void nz27NamesBothPartsAndTheirLevels() {
		String message = message(partOf(GovernmentLevel.CENTRAL, GovernmentLevel.REGIONAL), "NZ-27");
		assertTrue(message.startsWith("Agency B (regional) and Agency A (central) are parts of one organisation"), message);
	}

	@Test
	void nz27IsQuietWhenBothPartsAreAtTheSameLevel() {
		assertEquals(List.of(), findings(partOf(GovernmentLevel.REGIONAL, GovernmentLevel.REGIONAL), "NZ-27"));
	}

	@Test
	void nz18NamesTheServedRegionAndThePartnersRegions() {
		Sketch s = Sketch.partnership();
		s.p.setServesRegion("Hawke's Bay");
		s.a().getOrganisation().setRegion("Hawke's Bay");
		s.b().getOrganisation().setRegion("Wellington");
		String message = message(s, "NZ-18");
		assertTrue(message.startsWith("The partnership serves Hawke's Bay, but its partners work to different regional "
				+ "boundaries (Hawke's Bay and Wellington)"), message);
	}

	// ---------------------------------------------------------------- CL-05, CL-06, CL-07, CL-12

	@Test
	void cl05FiresOnHeroicLeadershipOfAWickedProblem() {
		Sketch s = Sketch.partnership();
		s.wicked();
		s.leadership().getStyles().add(LeadershipStyle.HEROIC);
		assertTrue(message(s, "CL-05").startsWith("The leadership here is heroic."), message(s, "CL-05"));
	}

	@Test
	void cl06FiresOnConflictAvoidanceEvenWhenSurfacedAtTheOutset() {
		Sketch s = Sketch.partnership();
		Tension avoidance = tension(s, TensionKind.CONFLICT_AVOIDANCE);
		avoidance.setSurfacedAtOutset(true);
		assertSame(avoidance, findings(s, "CL-06").get(0).element());
	}

	@Test
	void cl06IsQuietOnConflictAvoidanceWithAMitigation() {
		Sketch s = Sketch.partnership();
		Tension avoidance = tension(s, TensionKind.CONFLICT_AVOIDANCE);
		avoidance.setSurfacedAtOutset(true);
		avoidance.setMitigation("An outside facilitator opens each meeting with the hard questions");
		assertEquals(List.of(), findings(s, "CL-06"));
	}

	@Test
	void cl07FiresOnAnUnexpressedPowerImbalanceTensionWithoutACategory() {
		Sketch s = Sketch.partnership();
		Tension tension = tension(s, TensionKind.UNEXPRESSED_POWER_IMBALANCE);
		tension.getBetween().addAll(List.of(s.a().getOrganisation(), s.b().getOrganisation()));
		assertTrue(message(s, "CL-07").startsWith("There is an unexpressed power imbalance between Agency A and Agency B."),
				message(s, "CL-07"));
		tension.setExpressed(true);
		assertEquals(List.of(), findings(s, "CL-07"));
	}

	@Test
	void cl12TrustsTheRecordOfTheFirstMeetingsOverARushingTension() {
		Sketch s = Sketch.partnership();
		s.tension().setKind(TensionKind.RUSHING_TO_TASK);
		assertEquals(1, findings(s, "CL-12").size(), "no record of the meetings: the tension is the evidence");
		s.p.setFirstMeetingsFocus(MeetingFocus.TASK_AND_RELATIONAL);
		assertEquals(List.of(), findings(s, "CL-12"));
	}

	// ---------------------------------------------------------------- PL-05, PL-06

	@Test
	void pl05FiresOnAnInsecureFundingTensionAndNamesThePartner() {
		Sketch s = Sketch.partnership();
		Tension tension = tension(s, TensionKind.INSECURE_FUNDING);
		tension.getBetween().add(s.b().getOrganisation());
		assertTrue(message(s, "PL-05").startsWith("Agency B depends on insecure funding."), message(s, "PL-05"));
	}

	@Test
	void pl06FiresOnAFundingCompetitionTensionAndReportsAPairOnce() {
		Sketch s = Sketch.partnership();
		Tension tension = tension(s, TensionKind.FUNDING_COMPETITION);
		tension.getBetween().addAll(List.of(s.a().getOrganisation(), s.b().getOrganisation()));
		assertTrue(message(s, "PL-06").startsWith("Agency A and Agency B compete for the same funding"), message(s, "PL-06"));
		s.a().getCompetesForFundingWith().add(s.b());
		assertEquals(1, findings(s, "PL-06").size(), "the membership link and the tension say the same");
	}

	// ---------------------------------------------------------------- DF-07, DF-08, DF-09

	@Test
	void df07AndDf09CountALeadersOwnAttributes() {
		Sketch s = Sketch.partnership();
		s.driver(RESOURCE_EXCHANGE, 1);
		s.leader(s.person("Chair")).getAttributes().add(LeadershipAttribute.PREDICTABILITY_INTEGRITY);
		assertEquals(List.of(), findings(s, "DF-07"));

		Sketch niche = Sketch.partnership();
		niche.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
		assertEquals(1, findings(niche, "DF-09").size());
		niche.leader(niche.person("Founder")).getAttributes().add(LeadershipAttribute.ENTREPRENEUR);
		assertEquals(List.of(), findings(niche, "DF-09"));
	}

	private static AccountabilityLine line(Sketch s, Person from, String to) {
		AccountabilityLine line = Sketch.F.createAccountabilityLine();
		line.setFrom(from);
		line.setTo(s.org(to));
		s.governance().getAccountabilityLines().add(line);
		return line;
	}

	@Test
	void df08CountsRoutesNotTargets() {
		Sketch s = Sketch.partnership();
		s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
		s.governance().getCommunicationMechanisms().add("monthly call");
		Person manager = s.person("Manager");
		Person officer = s.person("Officer");
		line(s, manager, "Agency A");
		line(s, officer, "Agency A");
		line(s, officer, "Agency B");
		assertEquals("A network set up to exploit a niche can be undermined by complex accountability and "
				+ "communication. Here: 3 separate accountability routes. Keep the lines of accountability few and "
				+ "agree how the partners communicate.", message(s, "DF-08"));
	}

	@Test
	void df08SaysOnlyWhatIsMissingWhenCommunicationIsTheProblem() {
		Sketch s = Sketch.partnership();
		s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
		s.governance();
		String message = message(s, "DF-08");
		assertTrue(message.contains("Here: no agreed communication mechanism."), message);
		assertFalse(message.contains("route"), message);
	}

	@Test
	void df08ReadsARecordedAccountabilityChallenge() {
		Sketch s = Sketch.partnership();
		s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
		s.governance().getCommunicationMechanisms().add("monthly call");
		assertEquals(List.of(), findings(s, "DF-08"));
		s.tension().setCategory(ChallengeKind.COMPLEXITY_OF_ACCOUNTABILITY_AND_COMMUNICATION);
		assertTrue(message(s, "DF-08").contains("a recorded challenge of complex accountability and communication"));
	}

	// ---------------------------------------------------------------- IL-05, IL-06

	@Test
	void il05FindsWorkingAloneContradictingCooperation() {
		Sketch s = Sketch.partnership();
		s.current().setNz(WorkingMode.CO_EXISTENCE);
		s.current().setKeast(KeastLevel.COOPERATION);
		assertTrue(message(s, "IL-05").contains("'co-existence'"), message(s, "IL-05"));

		Sketch talking = Sketch.partnership();
		talking.current().setNz(WorkingMode.COMMUNICATION);
		talking.current().setFrost(FrostStage.CO_OPERATION);
		assertEquals(1, findings(talking, "IL-05").size());
	}

	@Test
	void il05IsQuietOnMatchingRungs() {
		Sketch s = Sketch.partnership();
		s.current().setNz(WorkingMode.COOPERATION);
		s.current().setKeast(KeastLevel.COOPERATION);
		s.current().setFrost(FrostStage.CO_OPERATION);
		assertEquals(List.of(), findings(s, "IL-05"));
	}

	@Test
	void frostAndKeastCollaborationIsExplainedByIl06Only() {
		Sketch s = Sketch.partnership();
		s.current().setFrost(FrostStage.COLLABORATION);
		s.current().setKeast(KeastLevel.COLLABORATION);
		assertEquals(1, findings(s, "IL-06").size());
		assertEquals(List.of(), findings(s, "IL-05"));
	}
}
