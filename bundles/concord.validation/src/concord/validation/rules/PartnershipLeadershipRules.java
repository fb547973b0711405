package concord.validation.rules;

import static concord.model.helpers.ElementNames.name;
import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.FundingSecurity;
import concord.model.partnership.Governance;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Leadership;
import concord.model.partnership.LeadershipConfiguration;
import concord.model.partnership.LeadershipFocus;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Person;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.Sector;
import concord.model.partnership.Tension;
import concord.model.partnership.TensionKind;
import concord.validation.catalogue.Rule;
import concord.validation.facts.PartnershipFacts;

/** PL: leadership in multi-agency collaboration (Parker, Hartley, Beashel &amp; Vo; the UK hub case). */
public final class PartnershipLeadershipRules {

	private PartnershipLeadershipRules() {
	}

	public static List<Rule> rules() {
		return List.of(pl01(), pl02(), pl03(), pl04(), pl05(), pl06(), pl07(), pl08(), pl09(), pl10(), pl11(), pl12(),
				pl13());
	}

	static Rule pl01() {
		return Rule.define("PL-01").gap().severity(WARNING).source("S1/S3 Discussion/Conclusion")
				.message("Partners' interests differ and may compete, but no leader is modelled with political astuteness "
						+ "(personal skills, interpersonal skills, reading people and situations, building alignment and "
						+ "alliances, strategic direction and scanning). Leadership with political astuteness is needed "
						+ "to create public value where interests compete.")
				.check((facts, out) -> {
					if (facts.partnership().getMemberships().size() >= 3
							&& facts.leaders().stream().allMatch(l -> l.getAstuteness().isEmpty())) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule pl02() {
		return Rule.define("PL-02").severity(INFO).source("S1/S3 co-ordinator")
				.message("{l} leads across agencies without formal authority. Expect to rely on influence beyond formal "
						+ "authority, on consensus-building, and on balancing positional and personal power.")
				.check((facts, out) -> {
					for (LeaderRole leader : facts.leaders()) {
						if (!leader.isFormalAuthority() && !leader.isLineManagesStaff() && leader.isBoundarySpanning()) {
							out.report(leader).with("l", name(leader));
						}
					}
				});
	}

	static Rule pl03() {
		return Rule.define("PL-03").severity(INFO).source("S1/S3 co-ordinator")
				.message("The coordinator sits in {agency}. Be 'mindful of where you sit': avoid appearing to favour one "
						+ "partner.")
				.check((facts, out) -> {
					Person coordinator = facts.governance() == null ? null : facts.governance().getCoordinator();
					Organisation employer = coordinator == null ? null : coordinator.getEmployer();
					if (employer != null && facts.partnership().getMemberships().stream()
							.anyMatch(m -> m.getOrganisation() == employer)) {
						out.report(coordinator).with("agency", name(employer));
					}
				});
	}

	static Rule pl04() {
		return Rule.define("PL-04").severity(WARNING).source("S3 only (hub worker)")
				.message("{person} is line-managed by {A}, coordinated day to day by the hub and jointly funded. This "
						+ "matrix management caused confusion in the case study. Clarify decision rights.")
				.check((facts, out) -> {
					Person coordinator = facts.governance() == null ? null : facts.governance().getCoordinator();
					if (coordinator == null) {
						return;
					}
					for (Person person : facts.actors().coordinatedBy(coordinator)) {
						Person lineManager = person.getLineManager();
						Organisation managerEmployer = lineManager == null ? null : lineManager.getEmployer();
						if (managerEmployer != null && managerEmployer != coordinator.getEmployer()
								&& person.getFundedBy().size() > 1) {
							out.report(person).with("person", name(person)).with("A", name(managerEmployer));
						}
					}
				});
	}

	static Rule pl05() {
		return Rule.define("PL-05").severity(WARNING).source("S1/S3 Discussion (Hall 2018)")
				.message("{m} depends on insecure funding. Public value can be lost through 'a slow gradual chipping "
						+ "away' as third-sector partners fight to survive financially. Plan how the partnership's work "
						+ "survives a partner's loss of funding.")
				.check((facts, out) -> {
					Set<Actor> reported = new HashSet<>();
					for (Membership member : facts.partnership().getMemberships()) {
						Organisation organisation = member.getOrganisation();
						if (organisation != null && organisation.isSetSector()
								&& organisation.getSector() == Sector.VOLUNTARY_THIRD_SECTOR && organisation.isSetFundingSecurity()
								&& organisation.getFundingSecurity() == FundingSecurity.INSECURE) {
							out.report(member).with("m", name(member));
							reported.add(organisation);
						}
					}
					// An 'insecure funding' tension says the same of the actors it is between.
					for (Tension tension : tensions(facts, TensionKind.INSECURE_FUNDING)) {
						if (tension.getBetween().isEmpty()) {
							out.report(tension).feature(Literals.TENSION__KIND).with("m", "A partner");
						}
						for (Actor actor : tension.getBetween()) {
							if (reported.add(actor)) {
								out.report(tension).feature(Literals.TENSION__BETWEEN).with("m", name(actor));
							}
						}
					}
				});
	}

	static Rule pl06() {
		return Rule.define("PL-06").severity(WARNING).source("S1/S3 PCC officer")
				.message("{members} compete for the same funding while collaborating. Partners who compete as well as "
						+ "collaborate need politically astute handling ('a chess game').")
				.check((facts, out) -> {
					// Each competing pair once, whichever side records it: linear in the recorded links.
					Set<Set<Actor>> seen = new HashSet<>();
					for (Membership member : facts.partnership().getMemberships()) {
						for (Membership rival : member.getCompetesForFundingWith()) {
							if (rival != member && seen.add(pair(member.getOrganisation(), rival.getOrganisation()))) {
								out.report(member).feature(Literals.MEMBERSHIP__COMPETES_FOR_FUNDING_WITH)
										.with("members", ElementNames.names(List.of(member, rival)));
							}
						}
					}
					// A 'funding competition' tension names the rivals itself, unless the pair is already reported.
					for (Tension tension : tensions(facts, TensionKind.FUNDING_COMPETITION)) {
						List<Actor> rivals = tension.getBetween();
						if (rivals.size() == 2 && !seen.add(pair(rivals.get(0), rivals.get(1)))) {
							continue;
						}
						out.report(tension).feature(Literals.TENSION__KIND).with("members", rivals.size() >= 2
								? ElementNames.names(rivals) : rivals.size() == 1 ? name(rivals.get(0)) + " and another partner"
										: "Some partners");
					}
				});
	}

	/** Two actors as an unordered pair; null-safe, for members without an organisation. */
	private static Set<Actor> pair(Actor a, Actor b) {
		return new HashSet<>(Arrays.asList(a, b));
	}

	private static List<Tension> tensions(PartnershipFacts facts, TensionKind kind) {
		return facts.partnership().getTensions().stream().filter(t -> t.isSetKind() && t.getKind() == kind).toList();
	}

	static Rule pl07() {
		return Rule.define("PL-07").severity(INFO).source("S1/S3 Discussion")
				.message("Multi-agency working is usually pluralistic, but not always. The hub case needed both plural "
						+ "leadership and a singular coordinator. Check the balance.")
				.check((facts, out) -> {
					Leadership leadership = facts.partnership().getLeadership();
					if (leadership == null || !leadership.isSetConfiguration()) {
						return;
					}
					boolean coordinating = facts.governance() != null && facts.governance().getCoordinator() != null
							|| facts.leaders().stream().anyMatch(LeaderRole::isBoundarySpanning);
					LeadershipConfiguration configuration = leadership.getConfiguration();
					if (configuration == LeadershipConfiguration.SINGULAR && facts.partnership().getMemberships().size() >= 3
							|| configuration == LeadershipConfiguration.PLURAL && !coordinating) {
						out.report(leadership);
					}
				});
	}

	static Rule pl08() {
		return Rule.define("PL-08").severity(INFO).source("S1/S3 (Hartley & Benington 2010)")
				.message("Organisational change usually needs both transformational leadership (vision, buy-in) and "
						+ "transactional leadership (structures, roles, accountability, a 'tight ship').")
				.check((facts, out) -> {
					ProcessPhase phase = facts.currentPhase();
					Set<LeadershipStyle> styles = facts.styles();
					if (phase != null && phase.compareTo(ProcessPhase.GETTING_TOGETHER) <= 0
							&& styles.contains(LeadershipStyle.TRANSFORMATIONAL) != styles.contains(LeadershipStyle.TRANSACTIONAL)) {
						out.report(facts.partnership().getLeadership());
					}
				});
	}

	static Rule pl09() {
		return Rule.define("PL-09").gap().severity(INFO).source("S1/S3 (Dudau 2009)")
				.message("Partnership leadership covers people, service delivery and collaborative governance processes. "
						+ "Nobody is modelled as leading {missing}.")
				.check((facts, out) -> {
					Leadership leadership = facts.partnership().getLeadership();
					if (leadership == null) {
						return; // no leadership modelled at all: the leadership rules have nothing to weigh
					}
					Set<LeadershipFocus> covered = EnumSet.noneOf(LeadershipFocus.class);
					covered.addAll(leadership.getFoci());
					leadership.getLeaders().forEach(l -> covered.addAll(l.getFoci()));
					List<String> missing = new ArrayList<>();
					for (LeadershipFocus focus : LeadershipFocus.values()) {
						if (!covered.contains(focus)) {
							missing.add(label(focus));
						}
					}
					if (!missing.isEmpty()) {
						out.report(leadership).with("missing", ElementNames.join(missing));
					}
				});
	}

	static Rule pl10() {
		return Rule.define("PL-10").gap().severity(INFO).source("S1/S3 (attribution bias)")
				.message("Only one originator is recorded. Widely distributed 'ownership' of a partnership helps it last.")
				.check((facts, out) -> {
					if (facts.partnership().getOriginators().size() == 1) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule pl11() {
		return Rule.define("PL-11").severity(INFO).source("S3 (Lazarus)")
				.message("Co-located teams face daily 'hassles and niggles' (different working hours, pay grades, rules "
						+ "about eating at desks). Name who handles them so they don't grow into fragmentation.")
				.check((facts, out) -> {
					Governance governance = facts.governance();
					if (governance != null && governance.isCoLocated()) {
						out.report(governance).feature(Literals.GOVERNANCE__CO_LOCATED);
					}
				});
	}

	static Rule pl12() {
		return Rule.define("PL-12").gap().severity(WARNING).source("S3 Multi-agency approach")
				.message("Several agencies share premises but each keeps its own management, and no coordinator is "
						+ "modelled. In the hub this raised questions of practice, responsibility and accountability.")
				.check((facts, out) -> {
					Governance governance = facts.governance();
					if (governance != null && governance.isCoLocated() && governance.getCoordinator() == null
							&& facts.partnership().getMemberships().stream().filter(Membership::isRetainsOwnManagement)
									.count() >= 2) {
						out.report(governance);
					}
				});
	}

	static Rule pl13() {
		return Rule.define("PL-13").severity(INFO).source("S1/S3 co-ordinator")
				.message("{m}'s organisational performance criteria may pull against the partnership's focus. The hub "
						+ "coordinator had to 'push back' on such criteria.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					boolean flagged = false;
					for (Membership member : p.getMemberships()) {
						if (member.isPerformanceCriteriaConflict()) {
							out.report(member).feature(Literals.MEMBERSHIP__PERFORMANCE_CRITERIA_CONFLICT).with("m", name(member));
							flagged = true;
						}
					}
					// The same conflict may be recorded as an observed tension instead of a membership flag.
					Tension tension = NzProcessRules.firstTension(p, TensionKind.PERFORMANCE_CRITERIA_CONFLICT);
					if (!flagged && tension != null) {
						out.report(tension).with("m", tension.getBetween().isEmpty() ? "A partner"
								: ElementNames.names(tension.getBetween()));
					}
				});
	}
}
