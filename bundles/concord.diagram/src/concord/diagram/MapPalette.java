package concord.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerElementCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;

import concord.diagram.gmodel.MapTypes;
import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.CollaborationRole;

/** The palette in the consultant's words: actors, relations, and one entry per collaboration role. */
public class MapPalette implements ToolPaletteItemProvider {

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> actors = List.of(item("Organisation", new TriggerNodeCreationAction(MapTypes.ORGANISATION)),
				item("Person", new TriggerNodeCreationAction(MapTypes.PERSON)),
				item("Group", new TriggerNodeCreationAction(MapTypes.GROUP)));
		List<PaletteItem> relations = new ArrayList<>();
		relations.add(item("Membership", new TriggerEdgeCreationAction(MapTypes.MEMBERSHIP)));
		relations.add(item("Accountable (vertical)",
				new TriggerEdgeCreationAction(MapTypes.accountabilityCreation(AccountabilityDirection.VERTICAL))));
		relations.add(item("Accountable (horizontal)",
				new TriggerEdgeCreationAction(MapTypes.accountabilityCreation(AccountabilityDirection.HORIZONTAL))));
		relations.add(item("Tension", new TriggerEdgeCreationAction(MapTypes.TENSION_PARTY)));
		List<PaletteItem> roles = CollaborationRole.VALUES.stream()
				.map(role -> item("Role: " + MapTypes.word(role), new TriggerEdgeCreationAction(MapTypes.roleCreation(role))))
				.toList();
		return List.of(PaletteItem.createPaletteGroup("actors", "Actors", actors, "symbol-class", "A"),
				PaletteItem.createPaletteGroup("relations", "Relations", relations, "symbol-interface", "B"),
				PaletteItem.createPaletteGroup("roles", "Roles", roles, "person", "C"));
	}

	private static PaletteItem item(String label, TriggerElementCreationAction action) {
		String id = "palette-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
		return new PaletteItem(id, label, action);
	}
}
