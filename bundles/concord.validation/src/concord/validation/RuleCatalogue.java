package concord.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import concord.validation.catalogue.Category;
import concord.validation.catalogue.Rule;
import concord.validation.rules.CollectiveLeadershipRules;
import concord.validation.rules.DriverFormRules;
import concord.validation.rules.IntegrationLevelRules;
import concord.validation.rules.KickertPerspectiveRules;
import concord.validation.rules.NetworkRules;
import concord.validation.rules.NzProcessRules;
import concord.validation.rules.NzRoleRules;
import concord.validation.rules.PartnershipLeadershipRules;
import concord.validation.rules.PublicValueRules;
import concord.validation.rules.WellFormednessRules;

/**
 * The ordered list of all rules, in one place. Adding a rule means adding it to its framework's rule
 * book; nothing else has to change.
 */
public final class RuleCatalogue {

	private final Map<String, Rule> rulesById;

	private RuleCatalogue(List<Rule> rules) {
		Map<String, Rule> byId = new LinkedHashMap<>();
		for (Rule rule : rules) {
			if (byId.put(rule.id(), rule) != null) {
				throw new IllegalStateException("Rule id used twice: " + rule.id());
			}
		}
		this.rulesById = Collections.unmodifiableMap(byId);
	}

	/** Concord's catalogue: every rule of the domain digest's section 2, in digest order. */
	public static RuleCatalogue standard() {
		return Standard.INSTANCE;
	}

	/** A catalogue of the given rules, e.g. the standard rules plus a third party's. */
	public static RuleCatalogue of(List<Rule> rules) {
		return new RuleCatalogue(rules);
	}

	/** All rules in catalogue order. */
	public List<Rule> rules() {
		return List.copyOf(rulesById.values());
	}

	/** The rules of one framework, in catalogue order. */
	public List<Rule> rules(Category category) {
		List<Rule> selected = new ArrayList<>();
		for (Rule rule : rulesById.values()) {
			if (rule.category() == category) {
				selected.add(rule);
			}
		}
		return selected;
	}

	public Optional<Rule> find(String id) {
		return Optional.ofNullable(rulesById.get(id));
	}

	public int size() {
		return rulesById.size();
	}

	private static final class Standard {
		static final RuleCatalogue INSTANCE;

		static {
			List<Rule> rules = new ArrayList<>();
			rules.addAll(DriverFormRules.rules());
			rules.addAll(KickertPerspectiveRules.rules());
			rules.addAll(IntegrationLevelRules.rules());
			rules.addAll(NzRoleRules.rules());
			rules.addAll(NzProcessRules.rules());
			rules.addAll(PublicValueRules.rules());
			rules.addAll(PartnershipLeadershipRules.rules());
			rules.addAll(CollectiveLeadershipRules.rules());
			rules.addAll(WellFormednessRules.rules());
			rules.addAll(NetworkRules.rules());
			INSTANCE = new RuleCatalogue(rules);
		}
	}
}
