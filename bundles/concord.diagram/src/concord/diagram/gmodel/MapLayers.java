package concord.diagram.gmodel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;

/**
 * The layers a consultant can switch off (roles, drivers, tensions, accountability, line management and
 * funding). Elements of a hidden layer are left out of the map the server sends, so the layout closes
 * the gaps instead of leaving holes where they were.
 */
public final class MapLayers {

	/** Every layer, as the bar above the map names them in its check boxes. */
	public static final List<String> ALL = List.of("roles", "drivers", "tensions", "accountability", "people-links");

	private static final String PREFIX = "layer-";

	private MapLayers() {
	}

	/** Removes the elements of the hidden layers from {@code elements} (nested ones too), and the edges left without an end. */
	static void hide(List<GModelElement> elements, Set<String> hidden) {
		if (hidden.isEmpty()) {
			return;
		}
		removeHidden(elements, hidden);
		Set<String> shown = new HashSet<>();
		collect(elements, shown);
		elements.removeIf(element -> element instanceof GEdge edge && !(shown.contains(edge.getSourceId()) && shown.contains(edge.getTargetId())));
	}

	private static void removeHidden(List<GModelElement> elements, Set<String> hidden) {
		elements.removeIf(element -> element.getCssClasses().stream()
				.anyMatch(css -> css.startsWith(PREFIX) && hidden.contains(css.substring(PREFIX.length()))));
		for (GModelElement element : elements) {
			removeHidden(element.getChildren(), hidden);
		}
	}

	private static void collect(List<GModelElement> elements, Set<String> into) {
		for (GModelElement element : elements) {
			into.add(element.getId());
			collect(element.getChildren(), into);
		}
	}
}
