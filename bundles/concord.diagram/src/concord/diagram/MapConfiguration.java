package concord.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import concord.diagram.gmodel.MapTypes;

/**
 * What the client may do with each element of the map: nodes move, resize and delete; edges delete and
 * reconnect; which nodes each palette edge may join. The client measures labels, then the server lays
 * out (ELK and the sidecar) on every change.
 */
public class MapConfiguration extends BaseDiagramConfiguration {

	private static final List<String> ACTORS_AND_TENSIONS = List.of(MapTypes.ORGANISATION, MapTypes.PERSON, MapTypes.GROUP,
			MapTypes.TENSION);
	private static final List<String> ACTORS_AND_PARTNERSHIP = List.of(MapTypes.ORGANISATION, MapTypes.PERSON, MapTypes.GROUP,
			MapTypes.PARTNERSHIP);

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		MapTypes.NODES.forEach(type -> mappings.put(type, GraphPackage.Literals.GNODE));
		MapTypes.LABELS.forEach(type -> mappings.put(type, GraphPackage.Literals.GLABEL));
		MapTypes.EDGES.forEach(type -> mappings.put(type, GraphPackage.Literals.GEDGE));
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return MapTypes.NODES.stream().map(type -> new ShapeTypeHint(type, true, true, true, false)).toList();
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<EdgeTypeHint> hints = new ArrayList<>();
		List<String> partnership = List.of(MapTypes.PARTNERSHIP);
		hints.add(edge(MapTypes.MEMBERSHIP, List.of(MapTypes.PARTNERSHIP, MapTypes.ORGANISATION),
				List.of(MapTypes.PARTNERSHIP, MapTypes.ORGANISATION)));
		for (String role : MapTypes.roleCreations()) {
			hints.add(edge(role, ACTORS_AND_PARTNERSHIP, ACTORS_AND_PARTNERSHIP));
		}
		hints.add(edge(MapTypes.ROLE, MapTypes.ACTORS, partnership));
		for (String accountability : MapTypes.accountabilityCreations()) {
			hints.add(edge(accountability, MapTypes.ACTORS, MapTypes.ACTORS));
		}
		hints.add(edge(MapTypes.ACCOUNTABILITY, MapTypes.ACTORS, MapTypes.ACTORS));
		hints.add(edge(MapTypes.TENSION_PARTY, ACTORS_AND_TENSIONS, MapTypes.ACTORS));
		hints.add(edge(MapTypes.LINE_MANAGEMENT, List.of(MapTypes.PERSON), List.of(MapTypes.PERSON)));
		hints.add(edge(MapTypes.FUNDING, List.of(MapTypes.PERSON), MapTypes.ACTORS));
		hints.add(edge(MapTypes.PART_OF, List.of(MapTypes.ORGANISATION), List.of(MapTypes.ORGANISATION)));
		return hints;
	}

	private static EdgeTypeHint edge(String type, List<String> sources, List<String> targets) {
		return new EdgeTypeHint(type, false, true, false, sources, targets);
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.AUTOMATIC;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
