package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.junit.jupiter.api.Test;

import concord.diagram.MapConfiguration;
import concord.diagram.gmodel.MapEdges;
import concord.diagram.gmodel.MapEdges.EdgeKind;
import concord.diagram.gmodel.MapTypes;

/** The map's element types are written twice, in Java and in the TypeScript client: they must say the same. */
class MapTypesTest {

	private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Z_]+):\\s*'([^']+)'", Pattern.MULTILINE);

	@Test
	void theClientNamesEveryTypeAsTheServerDoes() throws IOException, IllegalAccessException {
		Path file = Path.of(System.getProperty("concord.client"), "src", "map-types.ts");
		String source = Files.readString(file);
		Map<String, String> client = new TreeMap<>();
		Matcher entry = ENTRY.matcher(source.substring(source.indexOf("export const MapTypes")));
		while (entry.find()) {
			client.put(entry.group(1), entry.group(2));
		}
		Map<String, String> server = new TreeMap<>();
		for (Field field : MapTypes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				server.put(field.getName(), (String) field.get(null));
			}
		}
		List<String> drawn = new ArrayList<>(MapTypes.NODES);
		drawn.addAll(MapTypes.LABELS);
		drawn.addAll(MapTypes.EDGES);
		for (String type : drawn) {
			assertTrue(client.containsValue(type), file + " does not name " + type);
		}
		client.forEach((name, type) -> assertEquals(server.get(name), type, "MapTypes." + name + " in " + file));
	}

	@Test
	void theTypeHintsAreTheEdgeTable() {
		List<EdgeTypeHint> hints = new MapConfiguration().getEdgeTypeHints();
		assertEquals(MapEdges.all().size(), hints.size());
		for (int i = 0; i < hints.size(); i++) {
			EdgeKind kind = MapEdges.all().get(i);
			assertEquals(kind.type(), hints.get(i).getElementTypeId());
			assertEquals(kind.sources(), hints.get(i).getSourceElementTypeIds().orElseThrow(), kind.type() + " sources");
			assertEquals(kind.targets(), hints.get(i).getTargetElementTypeIds().orElseThrow(), kind.type() + " targets");
		}
		assertTrue(MapEdges.of(MapTypes.MEMBERSHIP).orElseThrow().isCreatable(), "the palette creates memberships");
		assertTrue(MapEdges.of(MapTypes.LINE_MANAGEMENT).map(kind -> !kind.isCreatable()).orElseThrow(),
				"line management is drawn from the spec, not created on the map");
	}
}
