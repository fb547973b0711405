package concord.cli.check;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A readable path to a model element for formats without line numbers, e.g.
 * {@code Partnership 'Victim support hub' / Membership 'Victim Support'}.
 */
public final class ElementLabel {

	private ElementLabel() {
	}

	public static String pathOf(EObject element) {
		Deque<String> parts = new ArrayDeque<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current.eContainer() == null && current.eClass().getName().equals("PartnershipModel")) {
				break; // the file itself; naming it adds nothing
			}
			parts.addFirst(labelOf(current));
		}
		return String.join(" / ", parts);
	}

	/** "Class 'name'", where the name is the element's own or that of the one thing it stands for. */
	public static String labelOf(EObject element) {
		String type = element.eClass().getName();
		String name = nameOf(element);
		return name == null ? type : type + " '" + name + "'";
	}

	private static String nameOf(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null && element.eGet(name) instanceof String text && !text.isBlank()) {
			return text;
		}
		// A membership or a leader role is known by the actor it stands for.
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isMany() && reference.isRequired()
					&& element.eGet(reference) instanceof EObject target) {
				return nameOf(target);
			}
		}
		return null;
	}
}
