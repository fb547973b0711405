package concord.diagram.gmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GLayoutOptions;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapIndex;
import concord.diagram.model.MapModelState;
import concord.model.helpers.ElementNames;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Driver;
import concord.model.partnership.Group;
import concord.model.partnership.IntegrationProfile;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.model.partnership.Person;
import concord.model.partnership.PerspectiveProfile;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Tension;

/**
 * Draws the partnership map from the model: each partnership as a card with its integration levels,
 * Kickert profile and drivers; organisations (by sector), people and groups with badges for the roles
 * they play; memberships, role assignments, accountability lines, line management, funding, part-of
 * and tensions as edges. Element ids come from names, so they survive re-parsing and key the sidecar.
 */
public class PartnershipMapFactory implements GModelFactory {

	static final double MIN_WIDTH = 150;
	static final double MIN_HEIGHT = 44;

	@Inject
	protected MapModelState modelState;

	private MapIndex index;
	private Map<EObject, GNode> nodes;
	private List<GModelElement> children;

	@Override
	public void createGModel() {
		index = new MapIndex();
		nodes = new HashMap<>();
		children = new ArrayList<>();
		PartnershipModel model = modelState.document().model();
		if (model != null) {
			draw(model);
		}
		GGraph graph = new GGraphBuilder(MapTypes.GRAPH).id(MapTypes.DIAGRAM).addAll(children).build();
		// the bar above the map shows the layers switched off in the sidecar
		graph.getArgs().put("hiddenLayers", String.join(",", modelState.sidecar().hiddenLayers()));
		if (model != null && model.getName() != null) {
			graph.getArgs().put("title", model.getName()); // the title of every export
		}
		modelState.mapIndex(index);
		modelState.updateRoot(graph);
	}

	private void draw(PartnershipModel model) {
		Map<Actor, Set<String>> badges = badges(model);
		for (Partnership partnership : model.getPartnerships()) {
			partnershipNode(partnership);
		}
		// members first, grouped by their role, so that the layout (which keeps this order) puts each group together
		for (Actor actor : MemberOrder.of(model)) {
			actorNode(actor, badges.getOrDefault(actor, Set.of()));
		}
		nestPeopleInEmployers(model);
		for (Actor actor : model.getActors()) {
			actorLinks(actor);
		}
		for (Partnership partnership : model.getPartnerships()) {
			partnershipEdges(partnership);
		}
		MapLayers.hide(children, modelState.sidecar().hiddenLayers());
	}

	/** A person is drawn inside the organisation that employs them: who works where reads at a glance. */
	private void nestPeopleInEmployers(PartnershipModel model) {
		for (Actor actor : model.getActors()) {
			if (actor instanceof Person person && person.getEmployer() != null && nodes.get(person.getEmployer()) != null) {
				GNode personNode = nodes.get(person);
				children.remove(personNode);
				personNode.getCssClasses().add("employed");
				nodes.get(person.getEmployer()).getChildren().add(personNode);
			}
		}
	}

	// ------------------------------------------------------------------ nodes

	private void partnershipNode(Partnership partnership) {
		String id = MapIds.partnership(partnership);
		GNodeBuilder node = node(MapTypes.PARTNERSHIP, id, "node-partnership").add(nameLabel(id, ElementNames.name(partnership)));
		List<String> lines = new ArrayList<>();
		integration("Now", partnership.getCurrentIntegration(), lines);
		integration("Target", partnership.getTargetIntegration(), lines);
		kickert(partnership.getPerspective(), lines);
		if (partnership.isSetCurrentPhase()) {
			lines.add("Phase: " + MapTypes.word(partnership.getCurrentPhase()));
		}
		if (partnership.isSetForm()) {
			lines.add("Form: " + MapTypes.word(partnership.getForm()));
		}
		for (int i = 0; i < lines.size(); i++) {
			node.add(label(MapTypes.INFO, id + "#info" + i, lines.get(i), "label-info"));
		}
		int d = 0;
		for (Driver driver : partnership.getDrivers()) {
			node.add(label(MapTypes.INFO, id + "#driver" + d++, "Driver: " + driverText(driver), "label-info", "label-driver",
					"layer-drivers"));
		}
		add(partnership, node);
	}

	private void actorNode(Actor actor, Set<String> roles) {
		String id = MapIds.actor(actor);
		List<String> classes = new ArrayList<>();
		String type;
		if (actor instanceof Organisation organisation) {
			type = MapTypes.ORGANISATION;
			classes.add("node-organisation");
			if (organisation.isSetSector()) {
				classes.add("sector-" + MapTypes.word(organisation.getSector()));
			}
		} else if (actor instanceof Person person) {
			type = MapTypes.PERSON;
			classes.add("node-person");
			if (person.getEmployer() == null) {
				classes.add("no-employer"); // the spec does not say where they work
			}
		} else {
			type = MapTypes.GROUP;
			classes.add("node-group");
		}
		GNodeBuilder node = node(type, id, classes.toArray(String[]::new)).add(nameLabel(id, ElementNames.name(actor)));
		if (actor instanceof Person person && person.getPosition() != null && !person.getPosition().equals(actor.getName())) {
			node.add(label(MapTypes.INFO, id + "#position", person.getPosition(), "label-info"));
		}
		if (actor instanceof Group group && group.isSetKind()) {
			node.add(label(MapTypes.INFO, id + "#kind", MapTypes.word(group.getKind()), "label-info"));
		}
		int b = 0;
		for (String role : roles) {
			node.add(label(MapTypes.BADGE, id + "#badge" + b++, "«" + role + "»", "label-badge", "layer-roles"));
		}
		add(actor, node);
	}

	private GNodeBuilder node(String type, String id, String... classes) {
		double width = MIN_WIDTH;
		double height = MIN_HEIGHT;
		LayoutSidecar.Placement placement = modelState.sidecar().placement(id).orElse(null);
		if (placement != null && placement.width() != null && placement.height() != null) {
			width = placement.width();
			height = placement.height();
		}
		GLayoutOptions options = new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).paddingTop(8).paddingBottom(8.0)
				.paddingLeft(10).paddingRight(10).vGap(2).resizeContainer(true).minWidth(width).minHeight(height);
		// a size from the start: the client's first (hidden) drawing, which measures the labels, draws the shape at it
		GNodeBuilder node = new GNodeBuilder(type).id(id).layout(GConstants.Layout.VBOX, options).size(width, height);
		for (String cssClass : classes) {
			node.addCssClass(cssClass);
		}
		if (placement != null) {
			node.position(placement.x(), placement.y());
		}
		if (type.equals(MapTypes.PERSON)) {
			node.addArgument("radiusTopLeft", 22).addArgument("radiusTopRight", 22).addArgument("radiusBottomLeft", 22)
					.addArgument("radiusBottomRight", 22);
		} else if (!type.equals(MapTypes.TENSION)) {
			node.addArgument("radiusTopLeft", 4).addArgument("radiusTopRight", 4).addArgument("radiusBottomLeft", 4)
					.addArgument("radiusBottomRight", 4);
		}
		return node;
	}

	private void add(EObject element, GNodeBuilder builder) {
		GNode node = builder.build();
		nodes.put(element, node);
		index.put(node.getId(), element);
		children.add(node);
	}

	private static GLabel nameLabel(String ownerId, String name) {
		return label(MapTypes.NAME, MapIds.nameLabel(ownerId), name == null ? "" : name, "label-name");
	}

	private static GLabel label(String type, String id, String text, String... classes) {
		GLabelBuilder label = new GLabelBuilder(type).id(id).text(text);
		for (String cssClass : classes) {
			label.addCssClass(cssClass);
		}
		return label.build();
	}

	// ------------------------------------------------------------------ edges

	private void actorLinks(Actor actor) {
		if (actor instanceof Person person) {
			if (person.getLineManager() != null) {
				link(person, Literals.PERSON__LINE_MANAGER, person.getLineManager(), MapTypes.LINE_MANAGEMENT, "layer-people-links");
			}
			for (Actor funder : person.getFundedBy()) {
				link(person, Literals.PERSON__FUNDED_BY, funder, MapTypes.FUNDING, "layer-people-links");
			}
		}
		if (actor instanceof Organisation organisation && organisation.getParent() != null) {
			link(organisation, Literals.ORGANISATION__PARENT, organisation.getParent(), MapTypes.PART_OF);
		}
	}

	/** A reference drawn as a line without a label: its style (see the legend) says what it is. */
	private void link(EObject holder, org.eclipse.emf.ecore.EReference feature, EObject target, String type, String... classes) {
		GNode source = nodes.get(holder);
		GNode end = nodes.get(target);
		if (source == null || end == null) {
			return; // the other end lives in another spec
		}
		String id = MapIds.link(source.getId(), feature, end.getId());
		index.put(id, new MapIndex.Link(holder, feature, target));
		children.add(edge(type, id, source, end, "", classes));
	}

	private void partnershipEdges(Partnership partnership) {
		GNode card = nodes.get(partnership);
		String pid = card.getId();
		for (Membership membership : partnership.getMemberships()) {
			GNode member = nodes.get(membership.getOrganisation());
			if (member != null) {
				// the role is the member's badge: one word on the member, not the same label on twelve lines
				edge(membership, MapTypes.MEMBERSHIP, MapIds.membership(pid, member.getId()), card, member, "",
						membership.isSetRole() ? "role-" + MapTypes.word(membership.getRole()) : "role-none");
			}
		}
		int r = 0;
		for (RoleAssignment role : partnership.getRoles()) {
			for (Actor actor : role.getActors()) {
				GNode player = nodes.get(actor);
				if (player != null) {
					edge(role, MapTypes.ROLE, MapIds.role(pid, r, player.getId()), player, card, "", "layer-roles");
				}
			}
			r++;
		}
		if (partnership.getGovernance() != null) {
			int a = 0;
			for (AccountabilityLine line : partnership.getGovernance().getAccountabilityLines()) {
				GNode from = nodes.get(line.getFrom());
				GNode to = nodes.get(line.getTo());
				if (from != null && to != null) {
					String direction = line.isSetDirection() ? MapTypes.word(line.getDirection()) : "vertical";
					// only the kind the spec names: that a line is accountability its style says (see the legend)
					edge(line, MapTypes.ACCOUNTABILITY, MapIds.accountability(pid, a), from, to,
							line.getKind() == null ? "" : line.getKind(), "layer-accountability", direction);
				}
				a++;
			}
		}
		int t = 0;
		GNode lane = null;
		for (Tension tension : partnership.getTensions()) {
			String tid = MapIds.tension(pid, t++);
			String kind = tension.isSetKind() ? MapTypes.word(tension.getKind())
					: tension.isSetCategory() ? MapTypes.word(tension.getCategory()) : "tension";
			GNodeBuilder node = node(MapTypes.TENSION, tid, "node-tension", "layer-tensions")
					.add(label(MapTypes.NAME, MapIds.nameLabel(tid), kind, "label-tension"));
			add(tension, node);
			boolean drawnBetween = false;
			for (Actor party : tension.getBetween()) {
				GNode partyNode = nodes.get(party);
				if (partyNode != null) {
					drawnBetween = true;
					edge(tension, MapTypes.TENSION_PARTY, MapIds.tensionParty(tid, partyNode.getId()), nodes.get(tension), partyNode, "",
							"layer-tensions");
				}
			}
			for (Actor handler : tension.getHandledBy()) {
				GNode handlerNode = nodes.get(handler);
				if (handlerNode != null) {
					edge(tension, MapTypes.HANDLED_BY, MapIds.handledBy(tid, handlerNode.getId()), nodes.get(tension), handlerNode, "",
							"layer-tensions");
				}
			}
			if (!drawnBetween) {
				// a tension between no one in particular waits in one labelled lane, not loose in a row of its own
				if (lane == null) {
					lane = tensionLane(pid);
				}
				children.remove(nodes.get(tension));
				lane.getChildren().add(nodes.get(tension));
			}
		}
	}

	private GNode tensionLane(String partnershipId) {
		String id = MapIds.tensionLane(partnershipId);
		GLayoutOptions options = new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).paddingTop(8).paddingBottom(10.0)
				.paddingLeft(12).paddingRight(12).hGap(16).resizeContainer(true);
		GNode lane = new GNodeBuilder(MapTypes.LANE).id(id).layout(GConstants.Layout.HBOX, options).addCssClass("node-lane")
				.addCssClass("layer-tensions").add(label(MapTypes.INFO, id + "#title", "Tensions without named parties", "label-lane"))
				.build();
		children.add(lane);
		return lane;
	}

	private void edge(EObject element, String type, String id, GNode source, GNode target, String text, String... classes) {
		index.put(id, element);
		children.add(edge(type, id, source, target, text, classes));
	}

	private static GEdge edge(String type, String id, GNode source, GNode target, String text, String... classes) {
		GEdgeBuilder edge = new GEdgeBuilder(type).id(id).source(source).target(target)
				.addCssClass(type.replace("edge:", "edge-"));
		for (String cssClass : classes) {
			edge.addCssClass(cssClass);
		}
		if (!text.isEmpty()) {
			edge.add(new GLabelBuilder(MapTypes.EDGE_LABEL).id(id + "#label").text(text).addCssClass("label-edge")
					.edgePlacement(new GEdgePlacementBuilder().position(0.5).offset(2).side("on").rotate(false).build()).build());
		}
		return edge.build();
	}

	// ------------------------------------------------------------------ texts

	/** The roles each actor plays, shown as badges: membership roles, collaboration roles, leader attributes. */
	private static Map<Actor, Set<String>> badges(PartnershipModel model) {
		Map<Actor, Set<String>> badges = new HashMap<>();
		for (Partnership partnership : model.getPartnerships()) {
			for (Membership membership : partnership.getMemberships()) {
				if (membership.getOrganisation() != null && membership.isSetRole()) {
					badges.computeIfAbsent(membership.getOrganisation(), a -> new LinkedHashSet<>()).add(MapTypes.word(membership.getRole()));
				}
			}
			for (RoleAssignment role : partnership.getRoles()) {
				for (Actor actor : role.getActors()) {
					badges.computeIfAbsent(actor, a -> new LinkedHashSet<>()).add(MapTypes.word(role.getRole()));
				}
			}
			if (partnership.getGovernance() != null && partnership.getGovernance().getCoordinator() != null) {
				badges.computeIfAbsent(partnership.getGovernance().getCoordinator(), a -> new LinkedHashSet<>()).add("coordinator");
			}
			if (partnership.getLeadership() != null) {
				for (LeaderRole leader : partnership.getLeadership().getLeaders()) {
					for (Enumerator attribute : leader.getAttributes()) {
						badges.computeIfAbsent(leader.getActor(), a -> new LinkedHashSet<>()).add(MapTypes.word(attribute));
					}
				}
			}
		}
		return badges;
	}

	private static void integration(String when, IntegrationProfile profile, List<String> lines) {
		if (profile == null) {
			return;
		}
		List<String> rungs = new ArrayList<>();
		if (profile.isSetFrost()) {
			rungs.add("Frost " + MapTypes.word(profile.getFrost()));
		}
		if (profile.isSetKeast()) {
			rungs.add("Keast " + MapTypes.word(profile.getKeast()));
		}
		if (profile.isSetNz()) {
			rungs.add("NZ " + MapTypes.word(profile.getNz()));
		}
		if (!rungs.isEmpty()) {
			lines.add(when + ": " + String.join(" · ", rungs));
		}
	}

	private static void kickert(PerspectiveProfile profile, List<String> lines) {
		if (profile == null) {
			return;
		}
		List<String> parts = new ArrayList<>();
		if (profile.isSetOrganisationalSetting()) {
			parts.add("setting " + MapTypes.word(profile.getOrganisationalSetting()));
		}
		if (profile.isSetGoalStructure()) {
			parts.add("goals " + MapTypes.word(profile.getGoalStructure()));
		}
		if (profile.isSetRoleOfManager()) {
			parts.add("manager " + MapTypes.word(profile.getRoleOfManager()));
		}
		if (profile.isSetManagementTasks()) {
			parts.add("tasks " + MapTypes.word(profile.getManagementTasks()));
		}
		if (profile.isSetManagementActivities()) {
			parts.add("activities " + MapTypes.word(profile.getManagementActivities()));
		}
		if (!parts.isEmpty()) {
			lines.add("Kickert: " + String.join(" · ", parts));
		}
	}

	private static String driverText(Driver driver) {
		StringBuilder text = new StringBuilder(driver.isSetKind() ? MapTypes.word(driver.getKind()) : "driver");
		if (driver.getWeight() > 0) {
			text.append(' ').append(driver.getWeight());
		}
		return text.toString();
	}
}
