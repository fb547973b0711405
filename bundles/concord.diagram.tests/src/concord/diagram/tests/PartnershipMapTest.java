package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
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
	void everyNodeIsPlacedAndNoTwoOverlap() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		List<GNode> nodes = map.state.getIndex().getAllByClass(GNode.class).stream().toList();
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
