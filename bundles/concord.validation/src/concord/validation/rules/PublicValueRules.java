package concord.validation.rules;

import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Governance;
import concord.model.partnership.Group;
import concord.model.partnership.GroupKind;
import concord.model.partnership.Indicator;
import concord.model.partnership.IndicatorKind;
import concord.model.partnership.Outcome;
import concord.model.partnership.PageDimension;
import concord.model.partnership.Partnership;
import concord.model.partnership.PublicValueProposition;
import concord.validation.catalogue.Rule;

/** PV: public value (Moore 1995; Benington 2011; Page et al 2015), as used by Parker et al. */
public final class PublicValueRules {

	/** Ways of knowing what users value without involving them. */
	private static final Set<IndicatorKind> INFERRED = EnumSet.of(IndicatorKind.SURVEY,
			IndicatorKind.PERFORMANCE_INDICATOR, IndicatorKind.NEEDS_ASSESSMENT);

	private PublicValueRules() {
	}

	public static List<Rule> rules() {
		return List.of(pv01(), pv02(), pv03(), pv04(), pv05());
	}

	static Rule pv01() {
		return Rule.define("PV-01").gap().severity(WARNING).source("S1/S3 Public value (Moore)")
				.message("The public value proposition lacks a mandate from the authorising environment and/or "
						+ "operational capacity (resources to deliver it). Moore's account of creating public value "
						+ "needs all three.")
				.check((facts, out) -> {
					PublicValueProposition proposition = facts.partnership().getProposition();
					if (proposition != null && (proposition.getAuthorisingEnvironment().isEmpty()
							|| proposition.getOperationalCapacity().isEmpty())) {
						out.report(proposition);
					}
				});
	}

	static Rule pv02() {
		return Rule.define("PV-02").gap().severity(WARNING).source("S1/S3 Introduction")
				.message("No shared public value proposition is stated. Partners need some shared goals to guide service "
						+ "development, and in multi-agency settings the proposition will be interpreted differently or "
						+ "contested unless it is made explicit.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					if (p.getProposition() == null && p.getMemberships().size() >= 2) {
						out.report(p);
					}
				});
	}

	static Rule pv03() {
		return Rule.define("PV-03").severity(WARNING).source("S1/S3 (Page et al)")
				.message("Democratic accountability should run vertically (to authorisers and legal mandates) and "
						+ "horizontally (to partners and external stakeholders). This model has only {dir}.")
				.check((facts, out) -> {
					Governance governance = facts.governance();
					if (governance == null) {
						return;
					}
					Set<AccountabilityDirection> directions = EnumSet.noneOf(AccountabilityDirection.class);
					for (AccountabilityLine line : governance.getAccountabilityLines()) {
						if (line.isSetDirection()) {
							directions.add(line.getDirection());
						}
					}
					if (directions.size() == 1) {
						out.report(governance).with("dir", label(directions.iterator().next()));
					}
				});
	}

	static Rule pv04() {
		return Rule.define("PV-04").gap().severity(INFO).source("S1/S3 (Benington; Page et al)")
				.message("Tag outcomes with what the public values and what adds value to the public sphere, and show "
						+ "demonstrable substantive outcomes.")
				.check((facts, out) -> {
					List<Outcome> outcomes = facts.partnership().getOutcomes();
					if (outcomes.isEmpty()) {
						return; // NZ-22 already asks for outcomes
					}
					boolean substantive = outcomes.stream()
							.anyMatch(o -> o.isSetPage() && o.getPage() == PageDimension.SUBSTANTIVE_OUTCOMES);
					boolean benington = outcomes.stream().anyMatch(Outcome::isSetBenington);
					if (!substantive || !benington) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule pv05() {
		return Rule.define("PV-05").severity(INFO).source("S1/S3 Assessing leadership…")
				.message("Service-user value is only inferred from surveys, indicators and needs assessments. Consider "
						+ "involving users in strategic planning.")
				.check((facts, out) -> {
					boolean anyIndicator = false;
					for (Outcome outcome : facts.partnership().getOutcomes()) {
						for (Indicator indicator : outcome.getIndicators()) {
							anyIndicator = true;
							if (!indicator.isSetKind() || !INFERRED.contains(indicator.getKind())) {
								return;
							}
						}
					}
					Governance governance = facts.governance();
					boolean usersPlan = governance != null && governance.getStrategicPlanningParticipants().stream()
							.anyMatch(a -> a instanceof Group g && g.isSetKind()
									&& (g.getKind() == GroupKind.CLIENTS_SERVICE_USERS || g.getKind() == GroupKind.CITIZENS_COMMUNITY));
					if (anyIndicator && !usersPlan) {
						out.report(facts.partnership());
					}
				});
	}
}
