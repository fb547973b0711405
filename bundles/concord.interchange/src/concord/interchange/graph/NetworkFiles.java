package concord.interchange.graph;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link PartnershipNetwork} in the files that network tools read: GraphML (yEd, Gephi) and GEXF 1.2
 * (Gephi), written by JGraphT's exporters with the attributes declared, and Kumu's JSON import format
 * (elements and connections, matched by label).
 */
public final class NetworkFiles {

	private static final String LABEL = "label";

	private NetworkFiles() {
	}

	/** The formats by the word {@code concord export --format} takes. */
	public enum Format {
		GRAPHML, GEXF, KUMU;

		public String suffix() {
			return this == KUMU ? ".kumu.json" : "." + name().toLowerCase(Locale.ROOT);
		}
	}

	public static String write(PartnershipNetwork network, Format format) {
		return switch (format) {
			case GRAPHML -> graphml(network.graph());
			case GEXF -> gexf(network.graph());
			case KUMU -> kumu(network.graph());
		};
	}

	static String graphml(Graph<NetworkNode, NetworkLink> graph) {
		GraphMLExporter<NetworkNode, NetworkLink> exporter = new GraphMLExporter<>(NetworkNode::id);
		exporter.setEdgeIdProvider(edgeIds(graph));
		// names and labels go in the keys yEd and Gephi show as labels; JGraphT declares those keys itself
		exporter.setExportVertexLabels(true);
		exporter.setVertexLabelAttributeName(LABEL);
		exporter.setExportEdgeLabels(true);
		exporter.setEdgeLabelAttributeName(LABEL);
		PartnershipNetwork.NODE_ATTRIBUTES.forEach(a -> exporter.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING));
		PartnershipNetwork.LINK_ATTRIBUTES.stream().filter(a -> !a.equals(LABEL))
				.forEach(a -> exporter.registerAttribute(a, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING));
		exporter.setVertexAttributeProvider(node -> attributes(with(node.attributes(), LABEL, node.label())));
		exporter.setEdgeAttributeProvider(link -> attributes(labelled(link)));
		StringWriter out = new StringWriter();
		exporter.exportGraph(graph, out);
		return out.toString();
	}

	static String gexf(Graph<NetworkNode, NetworkLink> graph) {
		GEXFExporter<NetworkNode, NetworkLink> exporter = new GEXFExporter<>(NetworkNode::id, edgeIds(graph));
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		// no meta block: it carries the day's date, and an export of an unchanged spec should be the same file
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
		PartnershipNetwork.NODE_ATTRIBUTES.forEach(a -> exporter.registerAttribute(a, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING));
		PartnershipNetwork.LINK_ATTRIBUTES.stream().filter(a -> !a.equals(LABEL))
				.forEach(a -> exporter.registerAttribute(a, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING));
		// GEXF's own label attribute holds the name, and an edge's label (GEXF reserves "label")
		exporter.setVertexAttributeProvider(node -> attributes(with(node.attributes(), LABEL, node.label())));
		exporter.setEdgeAttributeProvider(link -> attributes(labelled(link)));
		StringWriter out = new StringWriter();
		exporter.exportGraph(graph, out);
		return out.toString();
	}

	/** Kumu's JSON import: elements by label with their type and attributes; connections from label to label. */
	static String kumu(Graph<NetworkNode, NetworkLink> graph) {
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode root = json.createObjectNode();
		ArrayNode elements = root.putArray("elements");
		for (NetworkNode node : graph.vertexSet()) {
			ObjectNode element = elements.addObject().put("label", node.label());
			node.attributes().forEach(element::put);
		}
		ArrayNode connections = root.putArray("connections");
		for (NetworkLink link : graph.edgeSet()) {
			ObjectNode connection = connections.addObject().put("from", graph.getEdgeSource(link).label())
					.put("to", graph.getEdgeTarget(link).label()).put("type", link.kind())
					.put("direction", "tension".equals(link.kind()) ? "undirected" : "directed");
			link.attributes().forEach((key, value) -> {
				if (!"kind".equals(key)) {
					connection.put(key, value);
				}
			});
		}
		try {
			return json.writeValueAsString(root) + "\n";
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An edge's attributes with its label: its own (an accountability line's, a leader's title) or else its kind. */
	private static Map<String, String> labelled(NetworkLink link) {
		return with(link.attributes(), LABEL, link.attributes().getOrDefault(LABEL, link.kind()));
	}

	/** Edge ids e1, e2, ... in the graph's order, the same in every run. */
	private static Function<NetworkLink, String> edgeIds(Graph<NetworkNode, NetworkLink> graph) {
		Map<NetworkLink, String> ids = new HashMap<>();
		List<NetworkLink> links = new ArrayList<>(graph.edgeSet());
		for (int i = 0; i < links.size(); i++) {
			ids.put(links.get(i), "e" + (i + 1));
		}
		return ids::get;
	}

	private static Map<String, String> with(Map<String, String> attributes, String key, String value) {
		Map<String, String> more = new LinkedHashMap<>(attributes);
		more.put(key, value);
		return more;
	}

	private static Map<String, Attribute> attributes(Map<String, String> values) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		values.forEach((key, value) -> attributes.put(key, DefaultAttribute.createAttribute(value)));
		return attributes;
	}
}
