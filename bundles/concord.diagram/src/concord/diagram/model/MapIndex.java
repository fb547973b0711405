package concord.diagram.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Which part of the model each map element shows. Nodes and most edges stand for a model object (an
 * organisation, a membership, an accountability line); some edges stand for a reference between two
 * objects (a person's line manager), which the index keeps as a {@link Link}.
 */
public final class MapIndex {

	/** An edge that is a reference: {@code holder.feature} points at {@code target}. */
	public record Link(EObject holder, EReference feature, EObject target) {
	}

	private final Map<String, Object> byId = new HashMap<>();
	private final Map<EObject, String> idOf = new IdentityHashMap<>();

	public void put(String id, EObject element) {
		byId.put(id, element);
		idOf.putIfAbsent(element, id);
	}

	public void put(String id, Link link) {
		byId.put(id, link);
	}

	public Optional<EObject> element(String id) {
		return byId.get(id) instanceof EObject element ? Optional.of(element) : Optional.empty();
	}

	public <T extends EObject> Optional<T> element(String id, Class<T> type) {
		return element(id).filter(type::isInstance).map(type::cast);
	}

	public Optional<Link> link(String id) {
		return byId.get(id) instanceof Link link ? Optional.of(link) : Optional.empty();
	}

	/** The map element that shows {@code element}, or failing that the nearest container shown on the map. */
	public Optional<String> shownAs(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			String id = idOf.get(e);
			if (id != null) {
				return Optional.of(id);
			}
		}
		return Optional.empty();
	}
}
