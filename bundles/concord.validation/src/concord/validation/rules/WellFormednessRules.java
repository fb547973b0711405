package concord.validation.rules;

import static concord.validation.catalogue.Severity.ERROR;
import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;

import concord.model.catalogue.IntegrationScale;
import concord.model.partnership.Driver;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.Membership;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.RoleAssignment;
import concord.validation.catalogue.FindingSink;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;

/** WF: structural well-formedness, from the sources' definitions and from modelling. */
public final class WellFormednessRules {

	/** Tolerance on driver weights summing to 1. */
	private static final double WEIGHT_TOLERANCE = 0.05;

	private WellFormednessRules() {
	}

	public static List<Rule> rules() {
		return List.of(wf01(), wf02(), wf03(), wf04(), wf05(), wf06());
	}

	static Rule wf01() {
		return Rule.define("WF-01").severity(ERROR).source("S1/S3 definition of collaboration (Huxham & Vangen 2013)")
				.message("A partnership needs stakeholders from at least two different organisations.")
				.check((facts, out) -> {
					if (facts.partnership().getMemberships().size() < 2) {
						out.report(facts.partnership());
					}
				});
	}

	static Rule wf02() {
		return Rule.define("WF-02").severity(ERROR).source("modelling")
				.message("The lead agency must be a member of the partnership.")
				.check((facts, out) -> {
					var governance = facts.governance();
					Membership lead = governance == null ? null : governance.getLeadAgency();
					if (lead != null && lead.eContainer() != facts.partnership()) {
						out.report(governance).feature(Literals.GOVERNANCE__LEAD_AGENCY).fix(QuickFix.of("Clear the lead agency",
								concord.model.partnership.Governance.class, g -> g.setLeadAgency(null)));
					}
				});
	}

	static Rule wf03() {
		return Rule.define("WF-03").severity(ERROR).source("S0 'in different proportions'")
				.message("Driver weights are proportions and must sum to 1.")
				.check((facts, out) -> {
					Partnership p = facts.partnership();
					checkWeights(p, p.getDrivers(), out);
					for (Membership member : p.getMemberships()) {
						checkWeights(member, member.getDrivers(), out);
					}
				});
	}

	/** Weights are in use when any driver of the owner has one. */
	private static void checkWeights(EObject owner, List<Driver> drivers, FindingSink out) {
		double sum = 0;
		boolean weighted = false;
		for (Driver driver : drivers) {
			sum += driver.getWeight();
			weighted |= driver.getWeight() != 0;
		}
		if (weighted && Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
			out.report(owner);
		}
	}

	static Rule wf04() {
		return Rule.define("WF-04").severity(ERROR).source("S2 roles")
				.message("A role must be played by at least one actor (or a group).")
				.check((facts, out) -> {
					for (RoleAssignment role : facts.partnership().getRoles()) {
						if (role.getActors().isEmpty()) {
							out.report(role);
						}
					}
				});
	}

	static Rule wf05() {
		return Rule.define("WF-05").severity(INFO).source("modelling")
				.message("The target integration level is lower than the current one. Is that intended (a deliberate "
						+ "step back)?")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					IntegrationProfile target = facts.target();
					if (current == null || target == null) {
						return;
					}
					for (EAttribute scale : List.of(Literals.INTEGRATION_PROFILE__FROST, Literals.INTEGRATION_PROFILE__KEAST,
							Literals.INTEGRATION_PROFILE__NZ)) {
						if (current.eIsSet(scale) && target.eIsSet(scale) && facts.frameworks()
								.rank((Enumerator) target.eGet(scale)) < facts.frameworks().rank((Enumerator) current.eGet(scale))) {
							out.report(target).feature(scale);
							return;
						}
					}
				});
	}

	static Rule wf06() {
		return Rule.define("WF-06").severity(ERROR).source("digest §1.13 (scales kept apart)")
				.message("'{literal}' belongs to the {scale} scale.")
				.check((facts, out) -> {
					// Typed models cannot hold another scale's literal; it shows up when a file is loaded and the
					// loader rejects the value. Turn those rejections into findings that name the right scale.
					Resource resource = facts.partnership().eResource();
					if (resource == null) {
						return;
					}
					for (Resource.Diagnostic error : new ArrayList<>(resource.getErrors())) {
						if (error instanceof IllegalValueException rejected
								&& rejected.getObject() instanceof IntegrationProfile profile
								&& EcoreUtil.isAncestor(facts.partnership(), profile)
								&& rejected.getValue() instanceof String literal) {
							Optional<IntegrationScale> home = scaleOf(literal);
							Optional<IntegrationScale> used = scaleOf(rejected.getFeature());
							if (home.isPresent() && !home.equals(used)) {
								out.report(profile).feature(rejected.getFeature()).with("literal", literal).with("scale", home.get().label());
							}
						}
					}
				});
	}

	/**
	 * The scale whose literal (source label such as "merger and integration", or name such as
	 * MERGER_AND_INTEGRATION) this is. Where scales share a label (e.g. "collaboration"), the first in
	 * Frost, Keast, NZ order is returned; such literals are valid on every scale that has them.
	 */
	public static Optional<IntegrationScale> scaleOf(String literal) {
		for (IntegrationScale scale : IntegrationScale.values()) {
			EEnumLiteral match = scale.eEnum().getEEnumLiteralByLiteral(literal);
			if (match == null) {
				match = scale.eEnum().getEEnumLiteral(literal);
			}
			if (match != null) {
				return Optional.of(scale);
			}
		}
		return Optional.empty();
	}

	private static Optional<IntegrationScale> scaleOf(org.eclipse.emf.ecore.EStructuralFeature feature) {
		for (IntegrationScale scale : IntegrationScale.values()) {
			if (feature != null && feature.getEType() == scale.eEnum()) {
				return Optional.of(scale);
			}
		}
		return Optional.empty();
	}

}
