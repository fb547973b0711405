package concord.interchange.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

import concord.interchange.CellText;
import concord.interchange.SpecTables;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Person;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;

/**
 * A model as a directed multigraph (JGraphT) of its actors and partnerships, joined by the model's
 * relations: membership (organisation to partnership, with the role), employment, line management,
 * co-ordination, funding, part of, accountability lines, leadership, collaboration roles and tensions.
 * The graph exports (GraphML, GEXF, Kumu) all draw this one graph.
 */
public final class PartnershipNetwork {

	/** The node attributes every export declares, in order. */
	public static final List<String> NODE_ATTRIBUTES = List.of("type", "sector", "level", "legitimacy", "position");
	/** The edge attributes every export declares, in order. */
	public static final List<String> LINK_ATTRIBUTES = List.of("kind", "role", "label", "accountability", "partnership");

	private final Graph<NetworkNode, NetworkLink> graph = new DirectedPseudograph<>(null, null, false);
	private final Map<EObject, NetworkNode> nodes = new HashMap<>();

	private PartnershipNetwork() {
	}

	public static PartnershipNetwork of(PartnershipModel model) {
		PartnershipNetwork network = new PartnershipNetwork();
		int n = 0;
		for (Actor actor : model.getActors()) {
			network.node(actor, "a" + (++n), SpecTables.kindOf(actor));
		}
		n = 0;
		for (Partnership partnership : model.getPartnerships()) {
			network.node(partnership, "p" + (++n), "partnership");
		}
		for (Actor actor : model.getActors()) {
			network.actorLinks(actor);
		}
		for (Partnership partnership : model.getPartnerships()) {
			network.partnershipLinks(partnership);
		}
		return network;
	}

	public Graph<NetworkNode, NetworkLink> graph() {
		return graph;
	}

	private void node(EObject element, String id, String type) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("type", type);
		if (element instanceof Organisation) {
			attributes.put("sector", CellText.write(element, Literals.ORGANISATION__SECTOR));
			attributes.put("level", CellText.write(element, Literals.ORGANISATION__LEVEL));
			attributes.put("legitimacy", CellText.write(element, Literals.ORGANISATION__LEGITIMACY_BASIS));
		}
		if (element instanceof Person) {
			attributes.put("position", CellText.write(element, Literals.PERSON__POSITION));
		}
		attributes.values().removeIf(String::isEmpty);
		String label = (String) element.eGet(element.eClass().getEStructuralFeature("name"));
		NetworkNode node = new NetworkNode(id, label == null ? id : label, type, attributes);
		nodes.put(element, node);
		graph.addVertex(node);
	}

	private void actorLinks(Actor actor) {
		if (actor instanceof Organisation organisation) {
			link(organisation, organisation.getParent(), "part of", Map.of());
		}
		if (actor instanceof Person person) {
			link(person, person.getEmployer(), "employment", Map.of());
			link(person, person.getLineManager(), "line management", Map.of());
			link(person, person.getCoordinatedBy(), "co-ordination", Map.of());
			for (Actor funder : person.getFundedBy()) {
				link(funder, person, "funding", Map.of());
			}
		}
	}

	private void partnershipLinks(Partnership partnership) {
		Map<String, String> in = Map.of("partnership", partnership.getName() == null ? "" : partnership.getName());
		for (Membership membership : partnership.getMemberships()) {
			link(membership.getOrganisation(), partnership, "membership", with(in, "role", CellText.write(membership, Literals.MEMBERSHIP__ROLE)));
		}
		if (partnership.getGovernance() != null) {
			for (AccountabilityLine line : partnership.getGovernance().getAccountabilityLines()) {
				Map<String, String> more = with(in, "label", line.getKind() == null ? "" : line.getKind());
				link(line.getFrom(), line.getTo(), "accountability", with(more, "accountability", CellText.write(line, Literals.ACCOUNTABILITY_LINE__DIRECTION)));
			}
		}
		if (partnership.getLeadership() != null) {
			for (LeaderRole leader : partnership.getLeadership().getLeaders()) {
				link(leader.getActor(), partnership, "leadership", with(in, "label", leader.getTitle() == null ? "" : leader.getTitle()));
			}
		}
		for (RoleAssignment role : partnership.getRoles()) {
			for (Actor actor : role.getActors()) {
				link(actor, partnership, "collaboration role", with(in, "role", CellText.write(role, Literals.ROLE_ASSIGNMENT__ROLE)));
			}
		}
		for (Tension tension : partnership.getTensions()) {
			List<Actor> between = tension.getBetween();
			for (int i = 0; i < between.size(); i++) {
				for (int j = i + 1; j < between.size(); j++) {
					link(between.get(i), between.get(j), "tension", with(in, "label", CellText.write(tension, Literals.TENSION__KIND)));
				}
			}
		}
	}

	private static Map<String, String> with(Map<String, String> attributes, String key, String value) {
		Map<String, String> more = new LinkedHashMap<>(attributes);
		if (!value.isEmpty()) {
			more.put(key, value);
		}
		return more;
	}

	/** A link between two elements of this model; references to other specs' actors are left out. */
	private void link(EObject from, EObject to, String kind, Map<String, String> attributes) {
		NetworkNode source = nodes.get(from);
		NetworkNode target = nodes.get(to);
		if (source != null && target != null) {
			graph.addEdge(source, target, new NetworkLink(kind, with(attributes, "kind", kind)));
		}
	}
}
