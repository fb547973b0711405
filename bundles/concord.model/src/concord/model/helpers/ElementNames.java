package concord.model.helpers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.model.partnership.Actor;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Membership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.RoleAssignment;

/**
 * How Concord names a model element to a reader, in one place: rule messages, command-line reports, the
 * map, the Outline and reports all ask here. An element is known by its own name where it has one, else
 * by the element it stands for (a membership by its organisation, a leader role by its actor, a role by
 * the actors who play it).
 */
public final class ElementNames {

	/** How many names a message lists before it says "and N more". */
	private static final int NAMES_IN_MESSAGE = 4;

	private ElementNames() {
	}

	/** The name a reader knows the element by, if it has one (its own, or that of what it stands for). */
	public static Optional<String> ownName(EObject element) {
		if (element == null) {
			return Optional.empty();
		}
		if (element instanceof Membership membership) {
			return ownName(membership.getOrganisation());
		}
		if (element instanceof LeaderRole leader) {
			return leader.getActor() != null ? ownName(leader.getActor()) : Optional.ofNullable(leader.getTitle());
		}
		if (element instanceof RoleAssignment role) {
			return role.getActors().isEmpty() ? Optional.empty() : Optional.of(names(role.getActors()));
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			return element.eGet(name) instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
		}
		// Any other element that stands for one thing (it has one required reference) is known by it.
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isMany() && reference.isRequired()
					&& element.eGet(reference) instanceof EObject target) {
				return ownName(target);
			}
		}
		return Optional.empty();
	}

	/** How a message names an element: its name, or words that say what is missing. */
	public static String name(EObject element) {
		if (element == null) {
			return "(none)";
		}
		return ownName(element).orElseGet(() -> element instanceof Membership ? "(member without organisation)"
				: element instanceof Actor ? "(unnamed " + element.eClass().getName() + ")" : element.eClass().getName());
	}

	/** Names joined for a message: "A, B and C", shortened to "A, B, C, D and 3 more" for long lists. */
	public static String names(Collection<? extends EObject> elements) {
		List<String> names = new ArrayList<>();
		for (EObject element : elements) {
			names.add(name(element));
		}
		return join(names);
	}

	/** Words joined for a message: "A, B and C", shortened for long lists. */
	public static String join(List<String> words) {
		if (words.isEmpty()) {
			return "(none)";
		}
		if (words.size() > NAMES_IN_MESSAGE + 1) {
			return String.join(", ", words.subList(0, NAMES_IN_MESSAGE)) + " and " + (words.size() - NAMES_IN_MESSAGE) + " more";
		}
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

	/** "Class 'name'", or the class alone for an element with no name: {@code Membership 'Victim Support'}. */
	public static String label(EObject element) {
		String type = element.eClass().getName();
		return ownName(element).map(name -> type + " '" + name + "'").orElse(type);
	}

	/**
	 * A readable path to an element for formats without line numbers, from its partnership down:
	 * {@code Partnership 'Victim support hub' / Membership 'Victim Support'}.
	 */
	public static String path(EObject element) {
		Deque<String> parts = new ArrayDeque<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current.eContainer() == null && current instanceof PartnershipModel) {
				break; // the file itself; naming it adds nothing
			}
			parts.addFirst(label(current));
		}
		return String.join(" / ", parts);
	}
}
