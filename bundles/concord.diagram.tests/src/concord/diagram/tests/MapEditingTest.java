package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.gmodel.MapTypes;
import concord.diagram.handlers.CreateActorHandler;
import concord.diagram.handlers.CreateEdgeHandler;
import concord.diagram.handlers.DeleteElementsHandler;
import concord.diagram.handlers.MoveResizeHandler;
import concord.diagram.handlers.ReconnectHandler;
import concord.diagram.handlers.RenameHandler;
import concord.diagram.model.LayoutSidecar;
import concord.model.partnership.CollaborationRole;

/**
 * Editing on the map writes the spec: each operation as a client sends it, then the text checked for
 * what changed and for what the analyst wrote that must not change (comments, layout elsewhere).
 */
class MapEditingTest {

	private static final String SPEC = """
			// Two agencies and a hub. This comment must survive every edit.
			model "Small hub"

			organisation "Council" {
				sector statutory-public
			}

			organisation "Charity" // the voluntary partner
			person "Co-ordinator" {
				employer "Council"
			}

			partnership "Hub" {
				purpose "Joined-up support"
				member "Council" as lead-agency
				member "Charity" as partner
			}
			""";

	@TempDir
	Path folder;

	private MapFixture open() throws Exception {
		return MapFixture.of(folder, "hub.partnership", SPEC);
	}

	@Test
	void aNewOrganisationFromThePaletteIsWrittenIntoTheSpecWherePlaced() throws Exception {
		MapFixture map = open();
		assertTrue(map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.ORGANISATION, GraphUtil.point(400, 300))));
		assertTrue(map.text().contains("organisation \"New organisation\""), map.text());
		assertTrue(map.text().startsWith("// Two agencies and a hub. This comment must survive every edit.\nmodel \"Small hub\""), map.text());
		assertTrue(map.text().contains("organisation \"Charity\" // the voluntary partner"));
		assertTrue(map.text().indexOf("organisation \"New organisation\"") < map.text().indexOf("partnership \"Hub\""),
				"new actors go with the other actors: " + map.text());
		assertEquals(400, map.element("actor:New organisation").map(e -> ((GNode) e).getPosition().getX())
				.orElseThrow());
		assertTrue(map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.PERSON, GraphUtil.point(0, 0))));
		assertTrue(map.text().contains("person \"New person\""), map.text());
		assertTrue(map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.ORGANISATION, GraphUtil.point(0, 0))));
		assertTrue(map.text().contains("organisation \"New organisation 2\""), "names stay unique: " + map.text());
		assertTrue(map.state.document().resource().getErrors().isEmpty(), map.state.document().resource().getErrors().toString());
	}

	@Test
	void aMembershipDrawnFromThePaletteJoinsTheOrganisationToThePartnership() throws Exception {
		MapFixture map = open();
		map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.ORGANISATION, GraphUtil.point(0, 0)));
		assertTrue(map.run(CreateEdgeHandler.class,
				new CreateEdgeOperation(MapTypes.MEMBERSHIP, "partnership:Hub", "actor:New organisation")));
		assertTrue(map.text().contains("	member \"Charity\" as partner\n	member \"New organisation\" as partner\n}"), map.text());
		assertEquals(3, map.edges(MapTypes.MEMBERSHIP).size());
		assertFalse(map.run(CreateEdgeHandler.class, new CreateEdgeOperation(MapTypes.MEMBERSHIP, "partnership:Hub", "actor:Council")),
				"an organisation is a member once");
		assertFalse(map.run(CreateEdgeHandler.class,
				new CreateEdgeOperation(MapTypes.MEMBERSHIP, "actor:Council", "actor:Charity")), "members join partnerships");
	}

	@Test
	void rolesAccountabilityAndTensionsFromThePalette() throws Exception {
		MapFixture map = open();
		assertTrue(map.run(CreateEdgeHandler.class, new CreateEdgeOperation(
				MapTypes.roleCreation(CollaborationRole.GUARDIAN_ANGEL), "actor:Co-ordinator", "partnership:Hub")));
		assertTrue(map.text().contains("role guardian-angel played-by \"Co-ordinator\""), map.text());
		assertTrue(map.labels("actor:Co-ordinator").contains("«guardian-angel»"));
		assertTrue(map.run(CreateEdgeHandler.class,
				new CreateEdgeOperation(MapTypes.ACCOUNTABILITY + ":horizontal", "actor:Charity", "actor:Council")));
		assertTrue(map.text().contains("accountable \"Charity\" to \"Council\" horizontal"), map.text());
		assertTrue(map.run(CreateEdgeHandler.class, new CreateEdgeOperation(MapTypes.TENSION_PARTY, "actor:Charity", "actor:Council")));
		assertTrue(map.text().contains("tension between \"Charity\", \"Council\""), map.text());
		assertEquals(2, map.edges(MapTypes.TENSION_PARTY).size());
		assertTrue(map.state.document().resource().getErrors().isEmpty(), map.state.document().resource().getErrors().toString());
	}

	@Test
	void renamingOnTheMapRenamesEveryReferenceAndKeepsThePlacement() throws Exception {
		MapFixture map = open();
		map.run(MoveResizeHandler.class, new ChangeBoundsOperation(List.of(bounds("actor:Council", 10, 20))));
		assertTrue(map.run(RenameHandler.class, new ApplyLabelEditOperation("actor:Council#name", "County council")));
		assertTrue(map.text().contains("organisation \"County council\""), map.text());
		assertTrue(map.text().contains("employer \"County council\""), map.text());
		assertTrue(map.text().contains("member \"County council\" as lead-agency"), map.text());
		assertFalse(map.text().contains("\"Council\""), map.text());
		assertEquals(10, map.state.sidecar().placement("actor:County council").orElseThrow().x());
		assertFalse(map.run(RenameHandler.class, new ApplyLabelEditOperation("actor:Charity#name", "County council")),
				"a name in use is refused");
		assertFalse(map.run(RenameHandler.class, new ApplyLabelEditOperation("actor:Charity#name", "  ")), "an empty name is refused");
	}

	@Test
	void renamingAnOrganisationRenamesTheReferencesToItsMembershipToo() throws Exception {
		// a membership is known by its organisation's name: "competes-with" names the membership
		MapFixture map = MapFixture.of(folder, "rivals.partnership", """
				model "Rivals"
				organisation "Council"
				organisation "Charity"
				partnership "Hub" {
					member "Council" as lead-agency
					member "Charity" as partner {
						competes-with "Council"
					}
					governance {
						lead-agency "Council"
					}
				}
				""");
		assertTrue(map.run(RenameHandler.class, new ApplyLabelEditOperation("actor:Council#name", "County council")));
		assertTrue(map.text().contains("competes-with \"County council\""), map.text());
		assertTrue(map.text().contains("lead-agency \"County council\""), map.text());
		assertFalse(map.text().contains("\"Council\""), map.text());
		assertTrue(map.state.document().resource().getErrors().isEmpty(), map.state.document().resource().getErrors().toString());
	}

	@Test
	void deletingAnOrganisationTakesItsMembershipAndReferencesWithItAndTheSpecStillReads() throws Exception {
		MapFixture map = open();
		assertTrue(map.run(DeleteElementsHandler.class, new DeleteOperation(List.of("actor:Council"))));
		assertFalse(map.text().contains("Council"), map.text());
		assertTrue(map.text().contains("member \"Charity\" as partner"), map.text());
		assertTrue(map.text().contains("// Two agencies and a hub. This comment must survive every edit."));
		assertTrue(map.state.document().resource().getErrors().isEmpty(), map.state.document().resource().getErrors().toString());
	}

	@Test
	void undoGivesBackExactlyTheTextAndRedoTheEdit() throws Exception {
		MapFixture map = open();
		map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.GROUP, GraphUtil.point(50, 60)));
		String edited = map.text();
		map.run(DeleteElementsHandler.class, new DeleteOperation(List.of("membership:partnership:Hub->actor:Charity")));
		assertFalse(map.text().contains("member \"Charity\""));
		map.undo();
		assertEquals(edited, map.text());
		map.undo();
		assertEquals(SPEC, map.text());
		assertTrue(map.state.sidecar().placement("actor:New group").isEmpty(), "undo also takes back the placement");
		map.redo();
		assertEquals(edited, map.text());
		assertEquals(50, map.state.sidecar().placement("actor:New group").orElseThrow().x());
		assertTrue(map.state.isDirty());
	}

	@Test
	void movingChangesOnlyTheSidecarAndSavingWritesBothFiles() throws Exception {
		MapFixture map = open();
		assertTrue(map.run(MoveResizeHandler.class, new ChangeBoundsOperation(List.of(bounds("actor:Charity", 500, 40)))));
		assertEquals(SPEC, map.text(), "a move does not touch the spec");
		map.state.document().save();
		map.state.sidecar().save();
		Path sidecar = LayoutSidecar.fileFor(map.spec);
		assertTrue(Files.readString(sidecar).contains("\"actor:Charity\""), Files.readString(sidecar));
		assertEquals(SPEC, Files.readString(map.spec));
		MapFixture reopened = MapFixture.of(folder, "hub.partnership", SPEC);
		assertEquals(500, ((GNode) reopened.element("actor:Charity").orElseThrow()).getPosition().getX());
	}

	@Test
	void newElementsArePlacedWithoutMovingPlacedOnes() throws Exception {
		MapFixture map = open();
		map.run(MoveResizeHandler.class, new ChangeBoundsOperation(List.of(bounds("actor:Council", 0, 0), bounds("actor:Charity", 200, 0),
				bounds("actor:Co-ordinator", 400, 0), bounds("partnership:Hub", 200, 200))));
		map.state.sidecar().save();
		// The analyst adds an organisation in the text; the map opens it beside what was placed.
		MapFixture reopened = MapFixture.of(folder, "hub.partnership",
				SPEC.replace("organisation \"Charity\"", "organisation \"Trust\"\norganisation \"Charity\""));
		GNode council = (GNode) reopened.element("actor:Council").orElseThrow();
		GNode trust = (GNode) reopened.element("actor:Trust").orElseThrow();
		assertEquals(0, council.getPosition().getX());
		// right of the Charity (200, 150 wide): the co-ordinator stands inside the Council, placed by it
		assertTrue(trust.getPosition().getX() >= 350 + 80, "the new element goes beside the placed ones: " + trust.getPosition());
	}

	@Test
	void placingANewElementByHandMovesNothingAlreadyOnTheMap() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		Map<String, String> before = positions(map);
		assertTrue(map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.ORGANISATION, GraphUtil.point(-400, -300))));
		Map<String, String> after = positions(map);
		before.forEach((id, position) -> assertEquals(position, after.get(id), id + " moved"));
		assertEquals("-400.0,-300.0", after.get("actor:New organisation"));
	}

	private static Map<String, String> positions(MapFixture map) {
		Map<String, String> positions = new TreeMap<>();
		// the outermost nodes: those inside an organisation or the tension lane are placed by their box
		map.state.getRoot().getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
				.forEach(n -> positions.put(n.getId(), n.getPosition().getX() + "," + n.getPosition().getY()));
		return positions;
	}

	@Test
	void aChangedValueIsWrittenAndCommentsAndStatementsStay() throws Exception {
		MapFixture map = open();
		// An enumeration value: Xtext's partial serializer cannot write it, so the whole spec is serialised.
		map.state.document().apply(model -> ((concord.model.partnership.Organisation) model.getActors().get(0))
				.setSector(concord.model.partnership.Sector.PRIVATE), true);
		// The serializer may add a blank line between statements; nothing else changes.
		assertEquals(SPEC.replace("sector statutory-public", "sector private").replace("\n\n", "\n"), map.text().replace("\n\n", "\n"));
	}

	@Test
	void reconnectingAMembershipMovesItToAnotherOrganisation() throws Exception {
		MapFixture map = open();
		map.run(CreateActorHandler.class, new CreateNodeOperation(MapTypes.ORGANISATION, GraphUtil.point(0, 0)));
		assertTrue(map.run(ReconnectHandler.class,
				new ReconnectEdgeOperation("membership:partnership:Hub->actor:Charity", "partnership:Hub", "actor:New organisation")));
		assertTrue(map.text().contains("member \"New organisation\" as partner"), map.text());
		assertFalse(map.text().contains("member \"Charity\""), map.text());
	}

	private static ElementAndBounds bounds(String id, double x, double y) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(GraphUtil.point(x, y));
		bounds.setNewSize(GraphUtil.dimension(150, 44));
		return bounds;
	}
}
