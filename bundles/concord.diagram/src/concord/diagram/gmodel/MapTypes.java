package concord.diagram.gmodel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;

import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.PartnershipPackage.Literals;

/**
 * The element types of the partnership map, shared with the TypeScript client (src/map-types.ts).
 * Creation types carry what the palette item means: a role edge for a guardian angel is created as
 * {@code edge:role:guardian-angel} and drawn as {@code edge:role}.
 */
public final class MapTypes {

	public static final String DIAGRAM = "partnership-map";
	public static final String GRAPH = "graph";

	public static final String PARTNERSHIP = "node:partnership";
	public static final String ORGANISATION = "node:organisation";
	public static final String PERSON = "node:person";
	public static final String GROUP = "node:group";
	public static final String TENSION = "node:tension";
	/** A lane that holds the tensions between no one in particular. */
	public static final String LANE = "node:lane";

	public static final String NAME = "label:name";
	public static final String BADGE = "label:badge";
	public static final String INFO = "label:info";
	public static final String EDGE_LABEL = "label:edge";

	public static final String MEMBERSHIP = "edge:membership";
	public static final String ROLE = "edge:role";
	public static final String ACCOUNTABILITY = "edge:accountability";
	public static final String LINE_MANAGEMENT = "edge:line-management";
	public static final String FUNDING = "edge:funding";
	public static final String PART_OF = "edge:part-of";
	public static final String TENSION_PARTY = "edge:tension";
	public static final String HANDLED_BY = "edge:handled-by";

	public static final List<String> ACTORS = List.of(ORGANISATION, PERSON, GROUP);
	public static final List<String> NODES = List.of(PARTNERSHIP, ORGANISATION, PERSON, GROUP, TENSION, LANE);
	public static final List<String> LABELS = List.of(NAME, BADGE, INFO, EDGE_LABEL);
	public static final List<String> EDGES = List.of(MEMBERSHIP, ROLE, ACCOUNTABILITY, LINE_MANAGEMENT, FUNDING, PART_OF, TENSION_PARTY,
			HANDLED_BY);

	private static final Map<String, EClass> ACTOR_CLASSES = Map.of(ORGANISATION, Literals.ORGANISATION, PERSON, Literals.PERSON,
			GROUP, Literals.GROUP);

	private MapTypes() {
	}

	/** The class of actor a node type of the palette creates: node:person gives a Person. */
	public static EClass actorClass(String nodeType) {
		EClass type = ACTOR_CLASSES.get(nodeType);
		if (type == null) {
			throw new IllegalArgumentException(nodeType + " is not a node type of an actor");
		}
		return type;
	}

	/** How the partnership language writes an enumeration value: {@code GUARDIAN_ANGEL} → {@code guardian-angel}. */
	public static String word(Enumerator literal) {
		return literal.getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static String roleCreation(CollaborationRole role) {
		return ROLE + ":" + word(role);
	}

	public static String accountabilityCreation(AccountabilityDirection direction) {
		return ACCOUNTABILITY + ":" + word(direction);
	}

	/** The creation types of role edges, one per collaboration role. */
	public static List<String> roleCreations() {
		return CollaborationRole.VALUES.stream().map(MapTypes::roleCreation).toList();
	}

	public static List<String> accountabilityCreations() {
		return AccountabilityDirection.VALUES.stream().map(MapTypes::accountabilityCreation).toList();
	}
}
