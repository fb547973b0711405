package concord.validation.rules;

import static concord.validation.catalogue.Severity.ERROR;
import static concord.validation.catalogue.Severity.INFO;
import static concord.validation.catalogue.Severity.WARNING;
import static concord.validation.facts.PartnershipFacts.label;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.IntegrationScale;
import concord.model.helpers.ElementNames;
import concord.model.partnership.Activity;
import concord.model.partnership.FrostStage;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.Membership;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Practice;
import concord.model.partnership.WorkingMode;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;

/**
 * IL: integration levels on the Frost, Keast and NZ scales. The scales are never merged: rules compare
 * them only through the metamodel's cross-walk data (ranks and positions), and the cross-walk itself
 * is flagged as an interpretation. One method per rule, plus the cross-walk verdicts IL-05 reads.
 */
public final class IntegrationLevelRules {

	private IntegrationLevelRules() {
	}

	public static List<Rule> rules() {
		return List.of(il01(), il02(), il03(), il04(), il05(), il06(), il07(), il08(), il09());
	}

	static Rule il01() {
		return Rule.define("IL-01").severity(ERROR).source("S1/S3 Frost")
				.message("'Merger and integration' means teams and professionals become a single service. Here {m} still "
						+ "keep their own management. Lower the current stage, or record merger as the target.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					if (current == null || !current.isSetFrost() || current.getFrost() != FrostStage.MERGER_AND_INTEGRATION) {
						return;
					}
					List<Membership> separate = facts.partnership().getMemberships().stream()
							.filter(Membership::isRetainsOwnManagement).toList();
					if (!separate.isEmpty()) {
						out.report(current).feature(Literals.INTEGRATION_PROFILE__FROST).with("m", ElementNames.names(separate))
								.fix(QuickFix.of("Record merger as the target and co-ordination as the current stage",
										IntegrationProfile.class, IntegrationLevelRules::moveMergerToTarget));
					}
				});
	}

	private static void moveMergerToTarget(IntegrationProfile current) {
		if (current.eContainer() instanceof Partnership partnership) {
			if (partnership.getTargetIntegration() == null) {
				partnership.setTargetIntegration(concord.model.partnership.PartnershipFactory.eINSTANCE.createIntegrationProfile());
			}
			partnership.getTargetIntegration().setFrost(FrostStage.MERGER_AND_INTEGRATION);
		}
		current.setFrost(FrostStage.CO_ORDINATION);
	}

	static Rule il02() {
		return Rule.define("IL-02").gap().severity(WARNING).source("S1/S3 Keast")
				.message("Collaboration in Keast's sense is the most stable, long-term relationship, in which "
						+ "organisations recognise they depend on each other. No mutual dependency is recorded.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					if (keast(current) == KeastLevel.COLLABORATION
							&& !facts.partnership().getPractices().contains(Practice.MUTUAL_DEPENDENCY)) {
						out.report(current).feature(Literals.INTEGRATION_PROFILE__KEAST);
					}
				});
	}

	static Rule il03() {
		return Rule.define("IL-03").gap().severity(WARNING).source("S1/S3 Keast")
				.message("Coordination means increasingly formal links based on shared objectives. Not recorded: "
						+ "{missing}.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					if (keast(current) != KeastLevel.COORDINATION) {
						return;
					}
					List<String> missing = new ArrayList<>();
					for (Practice evidence : List.of(Practice.FORMAL_LINKS, Practice.SHARED_OBJECTIVES)) {
						if (!facts.partnership().getPractices().contains(evidence)) {
							missing.add(label(evidence));
						}
					}
					if (!missing.isEmpty()) {
						out.report(current).feature(Literals.INTEGRATION_PROFILE__KEAST).with("missing", ElementNames.join(missing));
					}
				});
	}

	static Rule il04() {
		return Rule.define("IL-04").severity(WARNING).source("S1/S3 Keast")
				.message("The recorded practices (sharing information, office space or referrals while staying "
						+ "independent) amount to cooperation. The declared level '{level}' overstates the integration.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					List<Practice> practices = facts.partnership().getPractices();
					if (current == null || practices.isEmpty()) {
						return;
					}
					FrameworkCatalogue frameworks = facts.frameworks();
					int cooperation = frameworks.crosswalkPosition(KeastLevel.COOPERATION);
					// Every practice must be evidence of cooperation or less; practices the catalogue does
					// not place on the cross-walk (e.g. risk profiling) are not evidence either way.
					boolean onlyCooperation = practices.stream().allMatch(practice -> {
						var position = frameworks.indicatedPosition(practice);
						return position.isPresent() && position.getAsInt() <= cooperation;
					});
					if (!onlyCooperation) {
						return;
					}
					for (Enumerator declared : declaredKeastAndNz(current)) {
						if (frameworks.crosswalkPosition(declared) > cooperation) {
							out.report(current).with("level", label(declared));
							return;
						}
					}
				});
	}

	static Rule il05() {
		return Rule.define("IL-05").severity(WARNING).source("interp. from the cross-walk of the three scales (digest §1.13)")
				.inference()
				.message("The integration levels on the different scales contradict each other ({a} vs {b}). Check which "
						+ "one describes the partnership and correct the other. (The cross-walk between the scales is an "
						+ "interpretation; treat as a prompt.)")
				.check((facts, out) -> {
					for (IntegrationProfile profile : profiles(facts.partnership())) {
						List<Enumerator> values = values(profile);
						pairs: for (int i = 0; i < values.size(); i++) {
							for (int j = i + 1; j < values.size(); j++) {
								if (Crosswalk.contradict(values.get(i), values.get(j))) {
									out.report(profile).with("a", scaleAndLabel(values.get(i)))
											.with("b", scaleAndLabel(values.get(j)));
									break pairs;
								}
							}
						}
					}
				});
	}

	/**
	 * Two levels on different scales contradict when neither is among the other scale's nearest rungs
	 * on the cross-walk. Nearest (not equal) because the scales have different granularity: Frost's
	 * collaboration sits between the others' cooperation and coordination, and merger lies above the
	 * top of the Keast and NZ scales. A level below the bottom of another scale (the NZ co-existence and
	 * communication: no joint activity, or talk only) contradicts every level of that scale, since each
	 * of them already means working together. Frost's "collaboration" with Keast's or the NZ
	 * "collaboration" is left to IL-06, which explains that one word names two rungs. The verdicts for
	 * the twelve literals are computed once.
	 */
	private static final class Crosswalk {
		private static final Set<List<Enumerator>> CONTRADICTIONS = contradictions(FrameworkCatalogue.standard());

		static boolean contradict(Enumerator a, Enumerator b) {
			return CONTRADICTIONS.contains(List.of(a, b));
		}

		private static Set<List<Enumerator>> contradictions(FrameworkCatalogue frameworks) {
			Set<List<Enumerator>> contradictions = new HashSet<>();
			for (IntegrationScale scaleA : IntegrationScale.values()) {
				for (IntegrationScale scaleB : IntegrationScale.values()) {
					if (scaleA == scaleB) {
						continue;
					}
					for (Enumerator a : scaleA.literals()) {
						for (Enumerator b : scaleB.literals()) {
							if (!sameWordOnDifferentRungs(a, b) && (below(frameworks, a, scaleB)
									|| below(frameworks, b, scaleA)
									|| !nearest(frameworks, a, b) && !nearest(frameworks, b, a))) {
								contradictions.add(List.of(a, b));
							}
						}
					}
				}
			}
			return contradictions;
		}

		private static boolean below(FrameworkCatalogue frameworks, Enumerator level, IntegrationScale scale) {
			return scale.literals().stream().allMatch(rung -> frameworks.crosswalkPosition(level) < frameworks.crosswalkPosition(rung));
		}

		private static boolean nearest(FrameworkCatalogue frameworks, Enumerator from, Enumerator candidate) {
			IntegrationScale scale = IntegrationScale.of(candidate).orElseThrow();
			int position = frameworks.crosswalkPosition(from);
			int best = Integer.MAX_VALUE;
			for (Enumerator rung : scale.literals()) {
				best = Math.min(best, Math.abs(frameworks.crosswalkPosition(rung) - position));
			}
			return Math.abs(frameworks.crosswalkPosition(candidate) - position) == best;
		}
	}

	static Rule il06() {
		return Rule.define("IL-06").severity(INFO).source("S1/S3 vs S2")
				.message("Careful: in Frost et al, 'collaboration' (services planning together) sits *below* "
						+ "'co-ordination'. In Keast and the NZ spectrum, 'collaboration' is the highest level.")
				.check((facts, out) -> {
					for (IntegrationProfile profile : profiles(facts.partnership())) {
						List<Enumerator> values = values(profile);
						if (values.stream().anyMatch(a -> values.stream().anyMatch(b -> sameWordOnDifferentRungs(a, b)))) {
							out.report(profile);
						}
					}
				});
	}

	/** Frost's 'collaboration' (planning together) next to Keast's or the NZ 'collaboration' (the top rung). */
	static boolean sameWordOnDifferentRungs(Enumerator a, Enumerator b) {
		return a == FrostStage.COLLABORATION && (b == KeastLevel.COLLABORATION || b == WorkingMode.COLLABORATION)
				|| b == FrostStage.COLLABORATION && (a == KeastLevel.COLLABORATION || a == WorkingMode.COLLABORATION);
	}

	static Rule il07() {
		return Rule.define("IL-07").severity(WARNING).source("S2 \"key findings on the roles\"")
				.message("This is a wicked or complex problem, but the partnership works at '{level}'. The collaborative "
						+ "end of the spectrum is essential for wicked issues where standard operating procedures don't "
						+ "work and no single agency can act alone.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					if (!facts.complex() || current == null || facts.targetsCollaboration()) {
						return;
					}
					for (Enumerator declared : declaredKeastAndNz(current)) {
						IntegrationScale scale = IntegrationScale.of(declared).orElseThrow();
						Enumerator top = scale.literals().get(scale.literals().size() - 1);
						if (facts.frameworks().rank(declared) < facts.frameworks().rank(top)) {
							out.report(current).with("level", label(declared));
							return;
						}
					}
				});
	}

	static Rule il08() {
		return Rule.define("IL-08").severity(INFO).source("S2 \"key findings on the roles\"")
				.message("No mode is inherently superior. For a known, well-bounded task a lighter mode (co-ordination, "
						+ "cooperation) may be enough and cheaper.")
				.check((facts, out) -> {
					IntegrationProfile current = facts.current();
					if (!facts.complex() && current != null && current.isSetNz() && current.getNz() == WorkingMode.COLLABORATION) {
						out.report(current);
					}
				});
	}

	static Rule il09() {
		return Rule.define("IL-09").severity(INFO).source("S1/S3 Discussion")
				.message("Integration varies by activity. That is expected: collaboration may be easier to reach in some "
						+ "activities than others. Model the level per activity.")
				.check((facts, out) -> {
					Set<Enumerator> frost = new HashSet<>();
					Set<Enumerator> keast = new HashSet<>();
					Set<Enumerator> nz = new HashSet<>();
					for (Activity activity : facts.partnership().getActivities()) {
						IntegrationProfile profile = activity.getIntegration();
						if (profile != null) {
							if (profile.isSetFrost()) {
								frost.add(profile.getFrost());
							}
							if (profile.isSetKeast()) {
								keast.add(profile.getKeast());
							}
							if (profile.isSetNz()) {
								nz.add(profile.getNz());
							}
						}
					}
					if (frost.size() > 1 || keast.size() > 1 || nz.size() > 1) {
						out.report(facts.partnership());
					}
				});
	}

	private static KeastLevel keast(IntegrationProfile profile) {
		return profile != null && profile.isSetKeast() ? profile.getKeast() : null;
	}

	private static List<Enumerator> declaredKeastAndNz(IntegrationProfile profile) {
		List<Enumerator> declared = new ArrayList<>(2);
		if (profile.isSetKeast()) {
			declared.add(profile.getKeast());
		}
		if (profile.isSetNz()) {
			declared.add(profile.getNz());
		}
		return declared;
	}

	/** The values set on a profile, Frost, Keast, NZ order. */
	static List<Enumerator> values(IntegrationProfile profile) {
		List<Enumerator> values = new ArrayList<>(3);
		if (profile.isSetFrost()) {
			values.add(profile.getFrost());
		}
		declaredKeastAndNz(profile).forEach(values::add);
		return values;
	}

	/** Current, target and per-activity profiles of a partnership. */
	static List<IntegrationProfile> profiles(Partnership partnership) {
		List<IntegrationProfile> profiles = new ArrayList<>();
		if (partnership.getCurrentIntegration() != null) {
			profiles.add(partnership.getCurrentIntegration());
		}
		if (partnership.getTargetIntegration() != null) {
			profiles.add(partnership.getTargetIntegration());
		}
		for (Activity activity : partnership.getActivities()) {
			if (activity.getIntegration() != null) {
				profiles.add(activity.getIntegration());
			}
		}
		return profiles;
	}

	private static String scaleAndLabel(Enumerator level) {
		return IntegrationScale.of(level).map(IntegrationScale::label).orElse("") + " '" + label(level) + "'";
	}
}
