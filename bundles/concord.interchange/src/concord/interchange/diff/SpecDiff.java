package concord.interchange.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.interchange.CellText;
import concord.interchange.diff.ModelChange.Kind;
import concord.model.helpers.ElementNames;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.Membership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.RoleAssignment;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/**
 * What changed between two versions of a spec, as a board asks it: partners that joined or left,
 * integration levels that moved, roles given to other people, every other element added, removed or
 * changed, and the rule findings resolved and new. Elements are matched by the names a reader knows them
 * by (ElementNames), not by position, so reordering a spec is no change; values are compared as the
 * interchange sheets write them.
 */
public final class SpecDiff {

	private final RuleProfile profile;

	public SpecDiff(RuleProfile profile) {
		this.profile = profile;
	}

	/** The changes from {@code before} to {@code after}, model first, then findings. */
	public List<ModelChange> between(PartnershipModel before, PartnershipModel after) {
		List<ModelChange> changes = new ArrayList<>();
		compare(before, after, changes);
		findings(before, after, changes);
		return changes;
	}

	private static void compare(EObject before, EObject after, List<ModelChange> changes) {
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				children(before, after, reference, changes);
				continue;
			}
			String was = CellText.write(before, feature);
			String is = CellText.write(after, feature);
			if (!was.equals(is)) {
				changes.add(new ModelChange(changeKind(before, feature), pathOf(before), words(feature.getName()), was, is));
			}
		}
	}

	private static Kind changeKind(EObject element, EStructuralFeature feature) {
		if (element instanceof IntegrationProfile) {
			return Kind.INTEGRATION_MOVED;
		}
		if (element instanceof RoleAssignment && feature == Literals.ROLE_ASSIGNMENT__ACTORS) {
			return Kind.ROLE_REASSIGNED;
		}
		return Kind.CHANGED;
	}

	private static void children(EObject before, EObject after, EReference reference, List<ModelChange> changes) {
		Map<String, EObject> was = keyed(before, reference);
		Map<String, EObject> is = keyed(after, reference);
		was.forEach((key, child) -> {
			EObject counterpart = is.get(key);
			if (counterpart == null) {
				changes.add(child instanceof Membership member
						? new ModelChange(Kind.PARTNER_LEFT, pathOf(before), "", ElementNames.name(member), "")
						: new ModelChange(Kind.REMOVED, pathOf(child), "", "", ""));
			} else {
				compare(child, counterpart, changes);
			}
		});
		is.forEach((key, child) -> {
			if (!was.containsKey(key)) {
				changes.add(child instanceof Membership member
						? new ModelChange(Kind.PARTNER_JOINED, pathOf(after), "", "", ElementNames.name(member)
								+ (member.isSetRole() ? " as " + member.getRole().getLiteral() : ""))
						: new ModelChange(Kind.ADDED, pathOf(child), "", "", ""));
			}
		});
	}

	/** The children in {@code reference}, by a key that survives reordering: kind, name and which of that name. */
	private static Map<String, EObject> keyed(EObject container, EReference reference) {
		Map<String, EObject> keyed = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		List<EObject> children = reference.isMany() ? castList(container.eGet(reference))
				: container.eGet(reference) == null ? List.of() : List.of((EObject) container.eGet(reference));
		for (EObject child : children) {
			String base = child.eClass().getName() + ":" + identity(child);
			int occurrence = seen.merge(base, 1, Integer::sum);
			keyed.put(base + "#" + occurrence, child);
		}
		return keyed;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> castList(Object list) {
		return (List<EObject>) list;
	}

	/** A role is the same role when given to someone else; anything else is known by its name. */
	private static String identity(EObject element) {
		if (element instanceof RoleAssignment role) {
			return role.isSetRole() ? role.getRole().getLiteral() : "";
		}
		return ElementNames.ownName(element).orElse("");
	}

	/** Where an element sits, for a reader: "partnership "Hub" / member "Victim Support"". */
	static String pathOf(EObject element) {
		if (element == null || element instanceof PartnershipModel) {
			return "the model";
		}
		String label = labelOf(element);
		EObject container = element.eContainer();
		return container == null || container instanceof PartnershipModel ? label : pathOf(container) + " / " + label;
	}

	private static String labelOf(EObject element) {
		EReference containment = element.eContainmentFeature();
		if (containment != null && !containment.isMany()) {
			return words(containment.getName());
		}
		String type = element instanceof Membership ? "member" : element instanceof RoleAssignment ? "role" : words(element.eClass().getName());
		String name = identity(element);
		if (!name.isEmpty()) {
			return type + " \"" + name + "\"";
		}
		List<?> siblings = containment == null ? List.of(element) : (List<?>) element.eContainer().eGet(containment);
		return type + " " + (siblings.indexOf(element) + 1);
	}

	/** "currentIntegration" as "current integration". */
	private static String words(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private void findings(PartnershipModel before, PartnershipModel after, List<ModelChange> changes) {
		Map<String, Finding> was = findingsOf(before);
		Map<String, Finding> is = findingsOf(after);
		was.forEach((key, finding) -> {
			if (!is.containsKey(key)) {
				changes.add(new ModelChange(Kind.FINDING_RESOLVED, pathOf(finding.element()), finding.ruleId(), finding.message(), ""));
			}
		});
		is.forEach((key, finding) -> {
			if (!was.containsKey(key)) {
				changes.add(new ModelChange(Kind.FINDING_NEW, pathOf(finding.element()), finding.ruleId(), "", finding.message()));
			}
		});
	}

	/** Findings by rule and element: a finding whose wording changed with the model is still the same finding. */
	private Map<String, Finding> findingsOf(PartnershipModel model) {
		Map<String, Finding> keyed = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Finding finding : new RuleValidator(profile).validate(model)) {
			String base = finding.ruleId() + " " + pathOf(finding.element());
			keyed.put(base + "#" + seen.merge(base, 1, Integer::sum), finding);
		}
		return keyed;
	}
}
