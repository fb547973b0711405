package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.gmodel.MapTypes;

/** What a consultant sees when a template opens: the actors, the partnership card and the relations. */
class PartnershipMapTest {

	@TempDir
	Path folder;

	@Test
	void theUkHubShowsEveryActorWithItsSectorAndRoles() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		assertEquals(12, map.nodes(MapTypes.ORGANISATION).size(), "organisations");
		assertEquals(7, map.nodes(MapTypes.PERSON).size(), "people");
		assertEquals(3, map.nodes(MapTypes.GROUP).size(), "groups");
		GNode victimSupport = (GNode) map.element("actor:Victim Support").orElseThrow();
		assertTrue(victimSupport.getCssClasses().contains("sector-voluntary-third-sector"), victimSupport.getCssClasses().toString());
		assertTrue(map.labels("actor:Victim Support").contains("«lead-agency»"), map.labels("actor:Victim Support").toString());
		assertTrue(map.labels("actor:Hub co-ordinator").contains("«coordinator»"));
		assertTrue(map.labels("actor:Police and Crime Commissioner").contains("«entrepreneur»"));
	}

	@Test
	void thePartnershipCardShowsItsIntegrationLevelsKickertProfileAndDrivers() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		List<String> card = map.labels("partnership:Victim support hub (west of UK)");
		assertTrue(card.contains("Now: Frost co-ordination · Keast coordination · NZ co-ordination"), card.toString());
		assertTrue(card.contains("Target: Frost merger-and-integration"), card.toString());
		assertTrue(card.contains("Kickert: setting network · goals classical · manager network · tasks network · activities classical"),
				card.toString());
		assertTrue(card.contains("Driver: problem-focused 0.5"), card.toString());
		assertTrue(card.contains("Phase: working-together"), card.toString());
	}

	@Test
	void relationsAreEdgesStyledByKind() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		assertEquals(11, map.edges(MapTypes.MEMBERSHIP).size(), "memberships");
		List<GEdge> accountability = map.edges(MapTypes.ACCOUNTABILITY);
		assertEquals(4, accountability.size());
		assertEquals(3, accountability.stream().filter(e -> e.getCssClasses().contains("vertical")).count());
		assertEquals(1, accountability.stream().filter(e -> e.getCssClasses().contains("horizontal")).count());
		assertEquals(1, map.edges(MapTypes.LINE_MANAGEMENT).size(), "line management");
		assertEquals(2, map.edges(MapTypes.FUNDING).size(), "joint funding");
		assertEquals(1, map.edges(MapTypes.PART_OF).size(), "part of");
		assertEquals(8, map.nodes(MapTypes.TENSION).size(), "tensions");
		assertTrue(map.edges(MapTypes.TENSION_PARTY).stream().allMatch(e -> e.getCssClasses().contains("layer-tensions")));
	}

	@Test
	void peopleStandInsideTheirEmployersAndTensionsWithoutPartiesInALane() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		GNode lgbt = (GNode) map.element("actor:Lesbian, gay, bisexual and transgender support").orElseThrow();
		assertEquals(List.of("actor:Hub worker's line manager", "actor:Jointly funded hub worker"),
				lgbt.getChildren().stream().filter(GNode.class::isInstance).map(GModelElement::getId).toList());
		assertEquals(map.state.getRoot(), map.element("actor:Project manager").orElseThrow().getParent(), "no employer: on its own");
		GNode lane = map.nodes(MapTypes.LANE).get(0);
		assertTrue(map.labels(lane.getId()).contains("Tensions without named parties"), map.labels(lane.getId()).toString());
		List<String> inLane = lane.getChildren().stream().filter(c -> c.getType().equals(MapTypes.TENSION)).map(GModelElement::getId).toList();
		List<String> withParties = map.edges(MapTypes.TENSION_PARTY).stream().map(GEdge::getSourceId).distinct().toList();
		assertEquals(4, inLane.size(), inLane.toString());
		assertEquals(map.nodes(MapTypes.TENSION).size(), inLane.size() + withParties.size(), "every tension is in the lane or joined to its parties");
		assertTrue(inLane.stream().noneMatch(withParties::contains), "no tension in the lane has parties");
		assertEquals("actor:Hub co-ordinator", map.edges(MapTypes.HANDLED_BY).get(0).getTargetId());
	}

	@Test
	void rolesAreBadgesNotTheSameLabelOnEveryLineAndMembersStandByRole() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		assertTrue(map.edges(MapTypes.MEMBERSHIP).stream().allMatch(e -> e.getChildren().isEmpty()), "membership lines carry no label");
		assertTrue(map.labels("actor:Witness care").contains("«partner»"));
		List<String> roles = map.state.getRoot().getChildren().stream()
				.filter(c -> c.getType().equals(MapTypes.ORGANISATION) && c.getCssClasses().stream().noneMatch(css -> css.startsWith("sector-elected")))
				.map(c -> map.labels(c.getId()).stream().filter(l -> l.startsWith("«")).findFirst().orElse("")).toList();
		assertEquals("«lead-agency»", roles.get(0), roles.toString());
		assertEquals(roles.lastIndexOf("«partner»") - roles.indexOf("«partner»") + 1, roles.stream().filter("«partner»"::equals).count(),
				"the partners stand together: " + roles);
	}

	@Test
	void aHiddenLayerIsLeftOutAndKeptInTheSidecar() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		map.state.sidecar().keepHiddenLayers(java.util.Set.of("tensions", "roles"));
		map.draw();
		assertEquals(0, map.nodes(MapTypes.TENSION).size(), "tensions");
		assertEquals(0, map.nodes(MapTypes.LANE).size(), "the tension lane");
		assertEquals(0, map.edges(MapTypes.ROLE).size(), "role lines");
		assertTrue(map.labels("actor:Victim Support").stream().noneMatch(l -> l.startsWith("«")), "no role badges");
		assertEquals(11, map.edges(MapTypes.MEMBERSHIP).size(), "the rest stays");
		String sidecar = java.nio.file.Files.readString(concord.diagram.model.LayoutSidecar.fileFor(map.spec));
		assertTrue(sidecar.contains("\"hidden layers\": [\n    \"roles\",\n    \"tensions\"\n  ]"), sidecar);
		assertEquals(java.util.Set.of("roles", "tensions"), concord.diagram.model.LayoutSidecar.of(map.spec).hiddenLayers());
	}

	@Test
	void everyNodeIsPlacedAndNoTwoOverlap() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		// the outermost nodes: the client's box layout places those inside them
		List<GNode> nodes = map.state.getRoot().getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList();
		for (GNode a : nodes) {
			for (GNode b : nodes) {
				if (a != b) {
					boolean apart = a.getPosition().getX() + 150 <= b.getPosition().getX() || b.getPosition().getX() + 150 <= a.getPosition().getX()
							|| a.getPosition().getY() + 44 <= b.getPosition().getY() || b.getPosition().getY() + 44 <= a.getPosition().getY();
					assertTrue(apart, a.getId() + " overlaps " + b.getId());
				}
			}
		}
	}

	@Test
	void everyTemplateOpensAsAMap() throws Exception {
		for (String pack : List.of("t2-nz-autism", "t9-scotland-summer-family-support", "t10-scotland-family-support-access",
				"t11-scotland-collective-leadership-network", "t12-resource-exchange-without-framework",
				"t13-niche-network-complex-accountability", "t14-divergent-drivers")) {
			Path own = folder.resolve(pack);
			java.nio.file.Files.createDirectories(own);
			MapFixture map = MapFixture.ofPack(pack, own);
			assertTrue(map.nodes(MapTypes.PARTNERSHIP).size() >= 1, pack);
			assertTrue(map.state.getIndex().getAllByClass(GNode.class).size() >= 3, pack);
		}
	}
}
