package concord.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.layout.LayoutEngine;

import com.google.inject.Inject;

import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapModelState;

/**
 * Places the map's outermost nodes (people inside their organisations and tensions in their lane are
 * placed by the client's box layout): what the consultant placed stays where it is (the sidecar);
 * everything else is laid out by ELK layered, and when some nodes are already placed the new ones go in a block to their right,
 * so that adding elements never moves the rest.
 */
public class MapLayout implements LayoutEngine {

	static final double GAP = 80;
	/** From this many nodes on, the layout is chosen for speed over a kept order. */
	static final int LARGE = 100;

	static {
		// Outside an Eclipse runtime ELK finds no algorithms by itself.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	@Inject
	protected MapModelState modelState;

	@Override
	public void layout() {
		place(modelState.getRoot(), modelState.sidecar());
	}

	/** Lays out {@code root} in place; nodes with a sidecar placement keep it. */
	public static void place(GModelRoot root, LayoutSidecar sidecar) {
		List<GNode> placed = new ArrayList<>();
		List<GNode> free = new ArrayList<>();
		for (GModelElement child : root.getChildren()) {
			if (child instanceof GNode node) {
				(sidecar.placement(node.getId()).isPresent() ? placed : free).add(node);
			}
		}
		for (GNode node : placed) {
			LayoutSidecar.Placement placement = sidecar.placement(node.getId()).orElseThrow();
			node.setPosition(GraphUtil.point(placement.x(), placement.y()));
		}
		if (free.isEmpty()) {
			return;
		}
		double offsetX = 0;
		double offsetY = 0;
		if (!placed.isEmpty()) {
			offsetX = placed.stream().mapToDouble(n -> n.getPosition().getX() + width(n)).max().orElse(0) + GAP;
			offsetY = placed.stream().mapToDouble(n -> n.getPosition().getY()).min().orElse(0);
		}
		layered(root, free, offsetX, offsetY);
	}

	private static void layered(GModelRoot root, List<GNode> free, double offsetX, double offsetY) {
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		// left to right suits a wide window: the card's members stand in a column, grouped by role
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
		graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 50.0);
		graph.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
		if (free.size() <= LARGE) {
			// the factory draws members grouped by role: keep that order rather than search for fewer crossings
			graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
			graph.setProperty(LayeredOptions.THOROUGHNESS, 4);
		} else {
			// ELK's default thoroughness (7) spends 70% of a large map's layout sweeping layers for fewer
			// crossings, and keeping the model order sorts each layer by insertion (minutes for 240 members)
			graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
			// the client draws the lines itself: ELK's routing around the nodes would be thrown away
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
			graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
		}
		Map<String, ElkNode> elkNodes = new HashMap<>();
		for (GNode node : free) {
			ElkNode elk = ElkGraphUtil.createNode(graph);
			elk.setIdentifier(node.getId());
			elk.setDimensions(width(node), height(node));
			elkNodes.put(node.getId(), elk);
		}
		for (GModelElement child : root.getChildren()) {
			if (child instanceof GEdge edge) {
				// an edge from a person drawn inside an organisation pulls on the organisation
				ElkNode source = elkNodes.get(outermost(edge.getSource()));
				ElkNode target = elkNodes.get(outermost(edge.getTarget()));
				if (source != null && target != null && source != target) {
					ElkGraphUtil.createSimpleEdge(source, target);
				}
			}
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		for (GNode node : free) {
			ElkNode elk = elkNodes.get(node.getId());
			node.setPosition(GraphUtil.point(offsetX + elk.getX(), offsetY + elk.getY()));
		}
	}

	private static String outermost(GModelElement element) {
		GModelElement outer = element;
		while (outer != null && outer.getParent() != null && !(outer.getParent() instanceof GModelRoot)) {
			outer = outer.getParent();
		}
		return outer == null ? null : outer.getId();
	}

	private static double width(GNode node) {
		GDimension size = node.getSize();
		return size == null || size.getWidth() <= 0 ? 150 : size.getWidth();
	}

	private static double height(GNode node) {
		GDimension size = node.getSize();
		return size == null || size.getHeight() <= 0 ? 44 : size.getHeight();
	}
}
