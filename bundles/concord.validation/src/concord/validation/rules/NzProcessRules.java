package concord.validation.rules;

import static concord.model.helpers.ElementNames.name;
import static concord.validation.catalogue.Severity.ERROR;
import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import concord.model.helpers.ElementNames;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.ConstraintKind;
import concord.model.partnership.ContextFactor;
import concord.model.partnership.EnablerKind;
import concord.model.partnership.FactorEffect;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.PhaseRecord;
import concord.model.partnership.Practice;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.Resource;
import concord.model.partnership.SustainMode;
import concord.model.partnership.Tension;
import concord.model.partnership.TensionKind;
import concord.model.partnership.WorkingMode;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;

/**
 * NZ-11 to NZ-27: process, support, learning and context in the New Zealand study (Ryan, Gill, Eppel
 * &amp; Lips). One method per rule; the book is long only because the study yields seventeen of them.
 */
public final class NzProcessRules {

	private NzProcessRules() {
	}

	public static List<Rule> rules() {
		return List.of(nz11(), nz12(), nz13(), nz14(), nz15(), nz16(), nz17(), nz18(), nz19(), nz20(), nz21(), nz22(),
				nz23(), nz24(), nz25(), nz26(), nz27());
	}

	static Rule nz11() {
		return Rule.define("NZ-11").gap().severity(INFO).source("S2 process")
				.message("No 'a-ha!' moment is recorded (crisis, emergency, frustration, realisation or window of "
						+ "opportunity). What made 'the normal way' untenable? Naming it helps partners commit.")
				.check((facts, out) -> {
					if (facts.phaseAtLeast(ProcessPhase.GETTING_TOGETHER) && facts.partnership().getTriggers().isEmpty()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz12() {
		return Rule.define("NZ-12").gap().severity(WARNING, "error if the current phase is sustaining").source("S2 Supporting; Sustaining")
				.message("No host-organisation support (coaching, financial resources, time, administrative back-up) is "
						+ "recorded. Without organisational support and a culture of learning, joining up fails and the "
						+ "partners return to their old, ineffective state.")
				.check((facts, out) -> {
					if (!facts.phaseAtLeast(ProcessPhase.WORKING_TOGETHER)) {
						return;
					}
					boolean supported = facts.partnership().getPhases().stream().anyMatch(record -> record.isSetPhase()
							&& record.getPhase().compareTo(ProcessPhase.WORKING_TOGETHER) >= 0 && !record.getSupport().isEmpty());
					if (!supported) {
						out.report(facts.partnership())
								.severity(facts.currentPhase() == ProcessPhase.SUSTAINING ? ERROR : WARNING);
					}
				});
	}

	static Rule nz13() {
		return Rule.define("NZ-13").gap().severity(WARNING).source("S2 Learning; Conclusions 4")
				.message("No learning mechanism (evaluator or 'critical friend', reflection, monitoring and evaluation) "
						+ "is recorded. Complex joint work needs learning by doing, with constant monitoring and evaluation.")
				.check((facts, out) -> {
					boolean learning = facts.partnership().getPhases().stream().anyMatch(r -> !r.getLearning().isEmpty());
					if (!learning && facts.roles(CollaborationRole.EVALUATOR).isEmpty()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz14() {
		return Rule.define("NZ-14").severity(WARNING).source("S2 Sustaining")
				.message("Collaboration 'cannot be set up and walked away from'. Sustain it by enabling it, 'definitely "
						+ "not control'.")
				.check((facts, out) -> {
					if (facts.currentPhase() != ProcessPhase.SUSTAINING) {
						return;
					}
					boolean enabled = facts.partnership().getPhases().stream()
							.anyMatch(r -> r.isSetPhase() && r.getPhase() == ProcessPhase.SUSTAINING && r.isSetSustainedBy()
									&& r.getSustainedBy() == SustainMode.ENABLEMENT);
					if (!enabled) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz15() {
		return Rule.define("NZ-15").severity(INFO).source("S2 Working together")
				.message("Commanding and controlling styles were rare in successful NZ collaborations. Check this style "
						+ "fits the stage and task.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					if (facts.styles().contains(LeadershipStyle.COMMAND_AND_CONTROL) && current != null && current.isSetNz()
							&& current.getNz().compareTo(WorkingMode.CO_ORDINATION) >= 0) {
						out.report(facts.partnership().getLeadership());
					}
				});
	}

	static Rule nz16() {
		return Rule.define("NZ-16").gap().severity(WARNING).source("S2 key findings")
				.message("The 'six-meeting rule': practitioners leave if there is 'no money on the table' after six "
						+ "weeks of meetings. No partner has committed resources yet.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					if ((p.getMeetingsHeld() >= 6 || p.getWeeksSinceStart() >= 6)
							&& p.getResources().stream().noneMatch(Resource::isCommitted)) {
						out.report(p);
					}
				});
	}

	static Rule nz17() {
		return Rule.define("NZ-17").gap().severity(WARNING).source("S2 Supporting")
				.message("No route to host-organisation resources is recorded (an earmarked budget inside a silo, or "
						+ "flexible/horizontal spending rules). Access to host resources was critical to working together.")
				.check((facts, out) -> {
					if (facts.partnership().getResources().stream().noneMatch(Resource::isSetBudgetMode)) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz18() {
		return Rule.define("NZ-18").severity(WARNING).source("S2 enablers/constrainers")
				.message("The partnership serves {region}, but its partners work to different regional boundaries "
						+ "({regions}). This was one of the few formal constraints that seriously affected relationships "
						+ "and joint working. Agree which boundary the joint work follows.")
				.check((facts, out) -> {
					String served = facts.partnership().getServesRegion();
					if (served == null || served.isBlank()) {
						return; // a partnership that serves no region is not held to regional boundaries
					}
					Set<String> regions = new TreeSet<>();
					for (Membership member : facts.partnership().getMemberships()) {
						Organisation organisation = member.getOrganisation();
						if (organisation != null && organisation.getRegion() != null && !organisation.getRegion().isBlank()) {
							regions.add(organisation.getRegion().trim());
						}
					}
					if (regions.size() > 1) {
						out.report(facts.partnership()).feature(Literals.PARTNERSHIP__SERVES_REGION)
								.with("region", served.trim()).with("regions", ElementNames.join(List.copyOf(regions)));
					}
				});
	}

	static Rule nz19() {
		return Rule.define("NZ-19").severity(WARNING).source("S2 enablers/constrainers")
				.message("The approach depends on shared data for risk profiling or proactive case management, and "
						+ "privacy legislation is a known obstacle to this. Resolve the information-sharing basis early.")
				.check((facts, out) -> {
					List<Practice> practices = facts.partnership().getPractices();
					if (!practices.contains(Practice.RISK_PROFILING) && !practices.contains(Practice.PROACTIVE_CASE_MANAGEMENT)) {
						return;
					}
					firstConstraint(facts.partnership(), EnumSet.of(ConstraintKind.PRIVACY_LEGISLATION))
							.ifPresent(factor -> out.report(factor));
				});
	}

	static Rule nz20() {
		return Rule.define("NZ-20").severity(INFO).source("S2 \"The usual suspects\"")
				.message("Budget silos and vertical systems are often cited but rarely decisive. In the NZ cases they "
						+ "were usually worked around ('where there is a will there is a way'). Look at the 'soft' "
						+ "blockers too.")
				.check((facts, out) -> firstConstraint(facts.partnership(), EnumSet.of(ConstraintKind.BUDGET_SILOS,
						ConstraintKind.EMBEDDED_SYSTEMS, ConstraintKind.FORMAL_SYSTEM_DIFFERENCES))
						.ifPresent(factor -> out.report(factor)));
	}

	private static java.util.Optional<ContextFactor> firstConstraint(Partnership partnership, Set<ConstraintKind> kinds) {
		return partnership.getContextFactors().stream()
				.filter(f -> f.isSetConstraint() && kinds.contains(f.getConstraint())).findFirst();
	}

	static Rule nz21() {
		return Rule.define("NZ-21").severity(INFO).source("S2 Other issues")
				.message("A central mandate alone is 'neither necessary nor sufficient'. Support has to come from the "
						+ "partner organisations themselves.")
				.check((facts, out) -> {
					boolean mandate = false;
					boolean otherEnabler = false;
					for (ContextFactor factor : facts.partnership().getContextFactors()) {
						boolean enabler = factor.isSetEnabler()
								|| factor.isSetEffect() && factor.getEffect() == FactorEffect.ENABLER;
						if (!enabler) {
							continue;
						}
						if (factor.isSetEnabler() && factor.getEnabler() == EnablerKind.CABINET_MANDATE) {
							mandate = true;
						} else {
							otherEnabler = true;
						}
					}
					if (mandate && !otherEnabler) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz22() {
		return Rule.define("NZ-22").gap().severity(WARNING).source("S2 Conclusions 1")
				.message("No outcome is defined. Joining up is only a means; without an outcome focus the partnership "
						+ "risks goal displacement.")
				.check((facts, out) -> {
					if (facts.partnership().getOutcomes().isEmpty()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule nz23() {
		return Rule.define("NZ-23").gap().severity(WARNING).source("S2 Learning")
				.message("The structure is defined but no people are placed in roles. 'Structure does not substitute for "
						+ "people or practice – no system will connect you up.'")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					if (p.getGovernance() != null && p.getRoles().isEmpty() && facts.leaders().isEmpty()) {
						out.report(p.getGovernance());
					}
				});
	}

	static Rule nz24() {
		return Rule.define("NZ-24").severity(INFO).source("S2 Working together")
				.message("Staff have no permission or power to 'try out new ways of working'. Fellow-travellers need "
						+ "both, plus boundary-spanning skills.")
				.check((facts, out) -> {
					for (PhaseRecord record : facts.partnership().getPhases()) {
						if (record.isSetPhase() && record.getPhase() == ProcessPhase.WORKING_TOGETHER
								&& !record.isPermissionToExperiment()) {
							out.report(record).feature(Literals.PHASE_RECORD__PERMISSION_TO_EXPERIMENT).fix(QuickFix.of("Give staff permission to experiment", PhaseRecord.class,
									r -> r.setPermissionToExperiment(true)));
						}
					}
				});
	}

	static Rule nz25() {
		return Rule.define("NZ-25").severity(INFO).source("S2 Conclusions 6")
				.message("There are more entrepreneurs than guardian angels and champions, a common shortage. Consider "
						+ "who senior could protect the work.")
				.check((facts, out) -> {
					int protectors = facts.roles(CollaborationRole.GUARDIAN_ANGEL).size()
							+ facts.roles(CollaborationRole.CHAMPION).size();
					if (protectors < facts.roles(CollaborationRole.PUBLIC_ENTREPRENEUR).size()) {
						out.report(facts.partnership());
					}
				});
	}

	/** Tension kinds that are the organisational-routine side of culture clashes (hours, pay grades, house rules). */
	private static final Set<TensionKind> SOFT_TENSION_KINDS = EnumSet.of(TensionKind.CO_LOCATION_IRRITANTS);
	private static final Set<ConstraintKind> SOFT_CONSTRAINTS = EnumSet.of(
			ConstraintKind.ORGANISATIONAL_CULTURE_VALUES_ROUTINES, ConstraintKind.PROFESSIONAL_BELIEFS_VALUES_PREFERENCES);

	static Rule nz26() {
		return Rule.define("NZ-26").gap().severity(INFO).source("S2 Other issues")
				.message("No 'soft' tensions are recorded. Organisational cultures, values and routines, and "
						+ "professional beliefs, were the key blockers in the NZ study. Are they really absent?")
				.check((facts, out) -> {
					if (!facts.phaseAtLeast(ProcessPhase.GETTING_TOGETHER)) {
						return;
					}
					Partnership p = facts.partnership();
					// Soft blockers can be recorded as a framework challenge, an observed tension kind or a
					// constraining context factor; any of them answers the question.
					boolean soft = facts.hasTensionCategory(EnumSet.of(ChallengeKind.INCOMPATIBLE_CULTURE_AND_VALUES,
							ChallengeKind.DIVERGENT_PROFESSIONAL_DISCOURSES))
							|| p.getTensions().stream().anyMatch(t -> t.isSetKind() && SOFT_TENSION_KINDS.contains(t.getKind()))
							|| firstConstraint(p, SOFT_CONSTRAINTS).isPresent();
					if (!soft) {
						out.report(p);
					}
				});
	}

	static Rule nz27() {
		return Rule.define("NZ-27").severity(INFO).source("S2 Other issues")
				.message("{part} ({partLevel}) and {whole} ({wholeLevel}) are parts of one organisation at different "
						+ "levels. The central–regional gap ('Wellington' vs 'the regions') can exist inside one "
						+ "organisation. Check both levels share the view of the problem.")
				.check((facts, out) -> {
					// Organisations taking part, keyed for a parent lookup; siblings share a parent.
					Set<Organisation> involved = new java.util.LinkedHashSet<>();
					facts.partnership().getMemberships().forEach(m -> involved.add(m.getOrganisation()));
					facts.partnership().getAllActors().forEach(a -> {
						if (a instanceof Organisation o) {
							involved.add(o);
						}
					});
					Map<Organisation, Organisation> childByParent = new HashMap<>();
					for (Organisation organisation : involved) {
						Organisation parent = organisation == null ? null : organisation.getParent();
						if (parent == null) {
							continue;
						}
						Organisation other = involved.contains(parent) ? parent : childByParent.get(parent);
						if (other != null && levelsDiffer(organisation, other)) {
							out.report(organisation).feature(Literals.ORGANISATION__LEVEL).with("part", name(organisation))
									.with("partLevel", label(organisation.getLevel())).with("whole", name(other))
									.with("wholeLevel", label(other.getLevel()));
							return;
						}
						childByParent.putIfAbsent(parent, organisation);
					}
				});
	}

	private static boolean levelsDiffer(Organisation a, Organisation b) {
		// A parent link alone says nothing about a central-regional gap: a team can be part of a ministry at
		// the same level. Both levels must be recorded, and differ.
		return a.isSetLevel() && b.isSetLevel() && a.getLevel() != b.getLevel();
	}

	static Tension firstTension(Partnership partnership, TensionKind kind) {
		return partnership.getTensions().stream().filter(t -> t.isSetKind() && t.getKind() == kind).findFirst().orElse(null);
	}
}
