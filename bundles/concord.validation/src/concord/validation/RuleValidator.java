package concord.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.model.partnership.Partnership;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingSink;
import concord.validation.catalogue.QuickFix;
import concord.validation.catalogue.Rule;
import concord.validation.catalogue.Severity;
import concord.validation.facts.ActorIndex;
import concord.validation.facts.PartnershipFacts;

/**
 * The one entry point for validating a partnership model: runs the rules a profile enables and
 * returns what they found. Headless and stateless apart from its catalogue and profile, so the DSL,
 * the diagram server, the CLI and the EMF adapter all share it.
 *
 * <pre>
 * List&lt;Finding&gt; findings = new RuleValidator(RuleProfile.defaults()).validate(model);
 * </pre>
 */
public final class RuleValidator {

	/** Errors first, then warnings, then info; within a severity, catalogue order. */
	public static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

	private final RuleProfile profile;
	private final List<Rule> enabledRules;

	/** A validator over the standard catalogue. */
	public RuleValidator(RuleProfile profile) {
		this(RuleCatalogue.standard(), profile);
	}

	public RuleValidator(RuleCatalogue catalogue, RuleProfile profile) {
		this.profile = Objects.requireNonNull(profile);
		this.enabledRules = catalogue.rules().stream().filter(profile::isEnabled).toList();
	}

	/** The rules this validator runs, in catalogue order. */
	public List<Rule> enabledRules() {
		return enabledRules;
	}

	/**
	 * Validates every partnership in the containment tree of {@code root} (a PartnershipModel, a
	 * Partnership, or a resource's root object).
	 *
	 * @return findings in catalogue order per partnership, sorted by severity
	 */
	public List<Finding> validate(EObject root) {
		List<Finding> findings = new ArrayList<>();
		if (root instanceof Partnership partnership) {
			findings.addAll(validate(partnership));
		} else {
			ActorIndex actors = ActorIndex.of(root); // once for all partnerships of the model
			for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Partnership partnership) {
					findings.addAll(validate(partnership, actors));
					contents.prune(); // partnerships do not nest
				}
			}
		}
		findings.sort(BY_SEVERITY);
		return findings;
	}

	/** Validates one partnership. */
	public List<Finding> validate(Partnership partnership) {
		return validate(partnership, ActorIndex.of(partnership));
	}

	/**
	 * Validates one partnership of a model whose actors are already indexed; callers validating many
	 * partnerships of one model share the index so that the work stays linear.
	 */
	public List<Finding> validate(Partnership partnership, ActorIndex actors) {
		PartnershipFacts facts = new PartnershipFacts(partnership, actors);
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : enabledRules) {
			Collector collector = new Collector();
			try {
				rule.check().check(facts, collector);
			} catch (RuntimeException e) {
				throw new IllegalStateException("Rule " + rule.id() + " failed on partnership '"
						+ partnership.getName() + "': " + e, e);
			}
			for (Draft draft : collector.drafts) {
				findings.add(draft.toFinding(rule, profile));
			}
		}
		findings.sort(BY_SEVERITY);
		return findings;
	}

	private static final class Collector implements FindingSink {
		final List<Draft> drafts = new ArrayList<>();

		@Override
		public Report report(EObject element) {
			Draft draft = new Draft(Objects.requireNonNull(element, "finding without element"));
			drafts.add(draft);
			return draft;
		}
	}

	private static final class Draft implements FindingSink.Report {
		private final EObject element;
		private final Map<String, String> values = new LinkedHashMap<>();
		private final List<QuickFix> fixes = new ArrayList<>();
		private Severity severity;
		private EStructuralFeature feature;

		Draft(EObject element) {
			this.element = element;
		}

		@Override
		public Draft with(String name, Object value) {
			values.put(name, String.valueOf(value));
			return this;
		}

		@Override
		public Draft severity(Severity value) {
			this.severity = value;
			return this;
		}

		@Override
		public Draft feature(EStructuralFeature value) {
			this.feature = value;
			return this;
		}

		@Override
		public Draft fix(QuickFix fix) {
			fixes.add(fix);
			return this;
		}

		Finding toFinding(Rule rule, RuleProfile profile) {
			Severity effective = profile.severityOverride(rule)
					.orElse(severity != null ? severity : rule.severity());
			return new Finding(element, feature, rule, effective, rule.format(values), fixes);
		}
	}
}
