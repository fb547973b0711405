package concord.validation.emf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipPackage;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Category;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.Severity;
import concord.validation.facts.ActorIndex;

/**
 * Adapts the rule catalogue to EMF's {@link EValidator}, so that {@code Diagnostician.INSTANCE.validate}
 * reports the catalogue's findings next to EMF's own structural checks (multiplicities, proxies).
 * <p>
 * Each finding becomes a {@link Diagnostic} with source {@link #DIAGNOSTIC_SOURCE}, a numeric code
 * derived from the rule id ({@link #codeOf(String)}) and data {@code [element, ruleId, finding]}.
 * Rules run once per {@link Partnership}; their findings may point at elements inside it.
 * <p>
 * A profile can be passed per call in the context map under the key {@code RuleProfile.class};
 * otherwise the profile given at construction applies. When Xtext is also in play, register through
 * Xtext's {@code EValidatorRegistrar} (or before Xtext does), never with a later plain registry put,
 * which would replace Xtext's composite validator.
 */
public final class ConcordEValidator extends EObjectValidator {

	/** The {@link Diagnostic#getSource()} of every catalogue diagnostic. */
	public static final String DIAGNOSTIC_SOURCE = "concord.validation";

	private final RuleValidator defaultValidator;

	public ConcordEValidator(RuleProfile profile) {
		this.defaultValidator = new RuleValidator(Objects.requireNonNull(profile));
	}

	/** Registers a validator with the default profile for the partnership package and returns it. */
	public static ConcordEValidator register() {
		return register(RuleProfile.defaults());
	}

	/** Registers a validator with {@code profile} for the partnership package and returns it. */
	public static ConcordEValidator register(RuleProfile profile) {
		ConcordEValidator validator = new ConcordEValidator(profile);
		EValidator.Registry.INSTANCE.put(PartnershipPackage.eINSTANCE, validator);
		return validator;
	}

	/**
	 * The diagnostic code of a rule: the category's position times 100 plus the rule number, e.g.
	 * DF-03 = 103, KP-06 = 206. Stable because ids and categories are never renumbered.
	 */
	public static int codeOf(String ruleId) {
		Category category = Category.ofPrefix(ruleId.substring(0, 2));
		if (category == null) {
			throw new IllegalArgumentException("Not a rule id: " + ruleId);
		}
		return (category.ordinal() + 1) * 100 + Integer.parseInt(ruleId.substring(3));
	}

	/** The rule id a catalogue diagnostic carries, or null for other diagnostics. */
	public static String ruleIdOf(Diagnostic diagnostic) {
		if (DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getData().size() > 1
				&& diagnostic.getData().get(1) instanceof String ruleId) {
			return ruleId;
		}
		return null;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		if (!(eObject instanceof Partnership partnership) || (!valid && diagnostics == null)) {
			return valid;
		}
		for (Finding finding : validatorFor(context).validate(partnership, actorsOf(partnership, context))) {
			if (finding.severity() != Severity.INFO) {
				valid = false;
			}
			if (diagnostics == null) {
				if (!valid) {
					return false;
				}
				continue;
			}
			diagnostics.add(new BasicDiagnostic(finding.severity().diagnosticSeverity(), DIAGNOSTIC_SOURCE,
					codeOf(finding.ruleId()), finding.titled(),
					new Object[] { finding.element(), finding.ruleId(), finding }));
		}
		return valid;
	}

	/**
	 * The actor index of the partnership's model, kept in the Diagnostician's context so that a model
	 * with many partnerships is indexed once per validation run, not once per partnership.
	 */
	@SuppressWarnings("unchecked")
	private static ActorIndex actorsOf(Partnership partnership, Map<Object, Object> context) {
		if (context == null) {
			return ActorIndex.of(partnership);
		}
		Map<EObject, ActorIndex> byRoot = (Map<EObject, ActorIndex>) context.computeIfAbsent(ActorIndex.class,
				key -> new HashMap<EObject, ActorIndex>());
		return byRoot.computeIfAbsent(EcoreUtil.getRootContainer(partnership), root -> ActorIndex.of(partnership));
	}

	private RuleValidator validatorFor(Map<Object, Object> context) {
		if (context != null && context.get(RuleProfile.class) instanceof RuleProfile profile) {
			return new RuleValidator(profile);
		}
		return defaultValidator;
	}
}
