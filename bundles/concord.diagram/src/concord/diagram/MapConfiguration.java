package concord.diagram;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import concord.diagram.gmodel.MapEdges;
import concord.diagram.gmodel.MapTypes;

/**
 * What the client may do with each element of the map: nodes move, resize and delete; edges delete and
 * reconnect; which nodes each edge may join comes from the edge table ({@link MapEdges}). The client measures labels, then the server lays
 * out (ELK and the sidecar) on every change.
 */
public class MapConfiguration extends BaseDiagramConfiguration {

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
		return MapEdges.all().stream().map(kind -> new EdgeTypeHint(kind.type(), false, true, false, kind.sources(), kind.targets()))
				.toList();
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
