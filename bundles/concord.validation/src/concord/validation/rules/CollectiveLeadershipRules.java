package concord.validation.rules;

import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Actor;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.ChangeApproach;
import concord.model.partnership.CoProduction;
import concord.model.partnership.CoProductionDepth;
import concord.model.partnership.CollectiveLeadershipPrinciple;
import concord.model.partnership.Governance;
import concord.model.partnership.Group;
import concord.model.partnership.GroupKind;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.MeasureScope;
import concord.model.partnership.MeetingFocus;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Tension;
import concord.model.partnership.TensionKind;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;
import concord.validation.facts.PartnershipFacts;

/** CL: collective leadership and co-production (Docherty 2021, the Scottish CLS study). */
public final class CollectiveLeadershipRules {

	private CollectiveLeadershipRules() {
	}

	public static List<Rule> rules() {
		return List.of(cl01(), cl02(), cl03(), cl04(), cl05(), cl06(), cl07(), cl08(), cl09(), cl10(), cl11(), cl12());
	}

	static Rule cl01() {
		return Rule.define("CL-01").severity(WARNING).source("S4 Benefits…; Emergent principle")
				.message("A complex problem is being tackled with a fixed plan, and citizens are asked only about a "
						+ "predetermined proposal. An emergent, inquiry-led approach suits complex issues better and makes "
						+ "co-production real.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					CoProduction coProduction = p.getCoProduction();
					if (facts.complex() && p.isSetChangeApproach() && p.getChangeApproach() == ChangeApproach.PLANNED
							&& coProduction != null && coProduction.isOnPredeterminedProposal()) {
						out.report(p).feature(Literals.PARTNERSHIP__CHANGE_APPROACH).fix(QuickFix.of("Take an emergent approach to change", Partnership.class,
								partnership -> partnership.setChangeApproach(ChangeApproach.EMERGENT)));
					}
				});
	}

	static Rule cl02() {
		return Rule.define("CL-02").gap().severity(WARNING).source("S4 Systems principle")
				.message("Citizens and communities are missing from the system map. A systems mind-set includes everyone "
						+ "who affects the outcome.")
				.check((facts, out) -> {
					if (facts.complex() && facts.partnership().getAllActors().stream().noneMatch(CollectiveLeadershipRules::isCitizenGroup)) {
						out.report(facts.partnership());
					}
				});
	}

	private static boolean isCitizenGroup(Actor actor) {
		return actor instanceof Group group && group.isSetKind()
				&& (group.getKind() == GroupKind.CITIZENS_COMMUNITY || group.getKind() == GroupKind.CLIENTS_SERVICE_USERS);
	}

	static Rule cl03() {
		return Rule.define("CL-03").severity(INFO).source("S4 Benefits…")
				.message("Co-production here is consultation or participation. The collective-leadership approach goes a "
						+ "step further: citizens help define the problem and design, and sometimes deliver, the service.")
				.check((facts, out) -> {
					CoProduction coProduction = facts.partnership().getCoProduction();
					if (coProduction != null && coProduction.isSetDepth()
							&& coProduction.getDepth() != CoProductionDepth.FULL_CO_PRODUCTION) {
						out.report(coProduction).feature(Literals.CO_PRODUCTION__DEPTH);
					}
				});
	}

	static Rule cl04() {
		return Rule.define("CL-04").severity(INFO).source("S4 Four Key Principles")
				.message("Only {k} of the four collective-leadership principles (systems, emergent, relationality, "
						+ "inquiry) are adopted. The effect comes from combining all four.")
				.check((facts, out) -> {
					long adopted = facts.partnership().getCollectiveLeadershipPrinciples().stream().distinct().count();
					if (adopted > 0 && adopted < CollectiveLeadershipPrinciple.values().length) {
						out.report(facts.partnership()).with("k", adopted);
					}
				});
	}

	static Rule cl05() {
		return Rule.define("CL-05").severity(WARNING).source("S4 Wicked Issues")
				.message("The leadership here is {style}. Hierarchical, command-and-control and heroic leadership is "
						+ "described as unsuited to wicked issues that cross departments and organisations.")
				.check((facts, out) -> {
					List<String> unsuited = new ArrayList<>();
					for (LeadershipStyle style : List.of(LeadershipStyle.COMMAND_AND_CONTROL, LeadershipStyle.HEROIC)) {
						if (facts.styles().contains(style)) {
							unsuited.add(PartnershipFacts.label(style));
						}
					}
					if (facts.complex() && !unsuited.isEmpty()) {
						out.report(facts.partnership().getLeadership()).feature(Literals.LEADERSHIP__STYLES)
								.with("style", ElementNames.join(unsuited));
					}
				});
	}

	static Rule cl06() {
		return Rule.define("CL-06").severity(WARNING).source("S4 Building Capacity…")
				.message("{what}. Avoiding conflict 'for the sake of harmony and habit' stifles innovation, and this "
						+ "reluctance is one reason collaborations fail to build capacity. Name the tensions early and "
						+ "make room for dissent.")
				.check((facts, out) -> {
					// A recorded habit of avoiding conflict is the case the warning names, so it comes first
					// (unless the partners record how they are dealing with it).
					for (Tension tension : facts.partnership().getTensions()) {
						if (tension.isSetKind() && tension.getKind() == TensionKind.CONFLICT_AVOIDANCE
								&& !hasMitigation(tension)) {
							out.report(tension).feature(Literals.TENSION__KIND)
									.with("what", "The group avoids conflict and uncomfortable conversations");
							return;
						}
					}
					for (Tension tension : facts.partnership().getTensions()) {
						if (!tension.isSurfacedAtOutset()) {
							out.report(tension).feature(Literals.TENSION__SURFACED_AT_OUTSET)
									.with("what", "Underlying tensions were not addressed at the outset").fix(QuickFix.of("Record that the tension was surfaced at the outset",
									Tension.class, t -> t.setSurfacedAtOutset(true)));
							return; // one finding says it; the first such tension is where to start
						}
					}
				});
	}

	private static boolean hasMitigation(Tension tension) {
		return tension.getMitigation() != null && !tension.getMitigation().isBlank();
	}

	static Rule cl07() {
		return Rule.define("CL-07").severity(WARNING).source("S4 Building Capacity…")
				.message("There is an unexpressed power imbalance{between}. These were common and reduced the "
						+ "effectiveness of groups. Bring them into the open.")
				.check((facts, out) -> {
					for (Tension tension : facts.partnership().getTensions()) {
						boolean powerImbalance = tension.isSetCategory()
								&& tension.getCategory() == ChallengeKind.ASYMMETRICAL_POWER_RELATIONS
								|| tension.isSetKind() && tension.getKind() == TensionKind.UNEXPRESSED_POWER_IMBALANCE;
						if (powerImbalance && !tension.isExpressed()) {
							out.report(tension).feature(Literals.TENSION__EXPRESSED).with("between", tension.getBetween()
									.isEmpty() ? "" : " between " + ElementNames.names(tension.getBetween()));
						}
					}
				});
	}

	static Rule cl08() {
		return Rule.define("CL-08").severity(WARNING).source("S4 Building Capacity…")
				.message("Members are holding tightly to their organisational mandates. Earlier collaborations became "
						+ "'talking shops' this way.")
				.check((facts, out) -> {
					Tension tension = NzProcessRules.firstTension(facts.partnership(), TensionKind.HOLDING_TO_ORGANISATIONAL_MANDATE);
					if (tension != null) {
						out.report(tension);
					}
				});
	}

	static Rule cl09() {
		return Rule.define("CL-09").severity(INFO).source("S4 Wicked Issues")
				.message("This is mandatory collaboration with heavy delivery and reporting pressure. That pressure crowds "
						+ "out the time needed to work out how to work together.")
				.check((facts, out) -> {
					Governance governance = facts.governance();
					if (facts.partnership().isMandatory() && governance != null && governance.isMandatedReporting()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule cl10() {
		return Rule.define("CL-10").severity(INFO).source("S4 (Goss & Tarplett 2010)")
				.message("Success is measured with single-organisation measures. Multi-stakeholder groups need more "
						+ "adaptive measures of progress.")
				.check((facts, out) -> {
					Governance governance = facts.governance();
					if (governance != null && governance.isSetSuccessMeasures()
							&& governance.getSuccessMeasures() == MeasureScope.SINGLE_ORGANISATION) {
						out.report(governance).feature(Literals.GOVERNANCE__SUCCESS_MEASURES).fix(QuickFix.of("Measure success across stakeholders", Governance.class,
								g -> g.setSuccessMeasures(MeasureScope.MULTI_STAKEHOLDER)));
					}
				});
	}

	static Rule cl11() {
		return Rule.define("CL-11").gap().severity(INFO).source("S4 Building Capacity…")
				.message("No investment in collaborative capacity (facilitation, staff development) is recorded. "
						+ "Under-investment is a main cause of the gap between ambition and practice.")
				.check((facts, out) -> {
					if (facts.partnership().getCapacityBuilding().isEmpty()) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule cl12() {
		return Rule.define("CL-12").severity(INFO).source("S4 case J; Building Capacity…")
				.message("Rushing to the task lowers the quality of listening and trust. Relational work matters most in "
						+ "the early meetings.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					if (p.getCollectiveLeadershipPrinciples().contains(CollectiveLeadershipPrinciple.RELATIONALITY)) {
						return;
					}
					if (p.isSetFirstMeetingsFocus()) {
						if (p.getFirstMeetingsFocus() == MeetingFocus.TASK_ONLY) {
							out.report(p).feature(Literals.PARTNERSHIP__FIRST_MEETINGS_FOCUS);
						}
						return; // what the meetings covered is recorded, and it outweighs a tension's label
					}
					// Without a record of the first meetings, a 'rushing to the task' tension is the evidence.
					Tension rushing = NzProcessRules.firstTension(p, TensionKind.RUSHING_TO_TASK);
					if (rushing != null) {
						out.report(rushing);
					}
				});
	}
}
