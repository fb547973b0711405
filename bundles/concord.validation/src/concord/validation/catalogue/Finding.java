package concord.validation.catalogue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing a rule found in a model: where, which rule, how severe (after the profile), what a
 * consultant reads, where in the literature it comes from, and the fixes on offer.
 *
 * @param element  the model element the finding is about (the partnership itself for model-wide findings)
 * @param feature  the feature of {@code element} the finding points at, for editors that underline a
 *                 value; null when the finding is about the element as a whole
 * @param rule     the catalogue rule that produced it
 * @param severity the effective severity: the profile's override, else the rule's severity for this case
 * @param message  the rule's message with the model's own names filled in
 * @param fixes    quick fixes that apply to {@code element}; often empty
 */
public record Finding(EObject element, EStructuralFeature feature, Rule rule, Severity severity, String message, List<QuickFix> fixes) {

	public Finding {
		fixes = List.copyOf(fixes);
	}

	/** The rule's stable id, e.g. "DF-03". */
	public String ruleId() {
		return rule.id();
	}

	/** The rule's source citation, e.g. "S0 Kickert table". */
	public String source() {
		return rule.source();
	}

	/** "DF-03: message (source)", as markers and logs show it. */
	public String titled() {
		return FindingText.titled(ruleId(), message, source());
	}

	@Override
	public String toString() {
		return severity.word() + " " + titled();
	}
}
