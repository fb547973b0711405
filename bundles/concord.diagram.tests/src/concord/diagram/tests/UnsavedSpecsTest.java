package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.model.MapSession;
import concord.diagram.model.SpecModelStorage;
import concord.diagram.model.UnsavedSpecs;

/**
 * A host (the workbench) holding a spec's text unsaved: the map opens on those words, and saving the map
 * leaves the spec's text to the host (which is asked to write it) while the layout is written.
 */
class UnsavedSpecsTest {

	@TempDir
	Path folder;

	@Test
	void aMapOpensOnTheHostsUnsavedWordsAndLeavesTheirSavingToTheHost() throws Exception {
		Path spec = folder.resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.packs"), "uk-victim-support-hub", "hub.partnership"), spec);
		String saved = Files.readString(spec);
		MapSession session = MapSession.serving(List.of(spec), MapFixture.LANGUAGE);
		String typed = saved.replace("person \"PCC officer\"", "person \"Volunteer lead\"\n\nperson \"PCC officer\"");
		session.unsaved().hold(spec, typed);
		List<String> asked = new ArrayList<>();
		session.unsaved().tell(new UnsavedSpecs.Host() {
			@Override
			public void edited(Path edited, String before, String after) {
			}

			@Override
			public void saveAsked(Path file) {
				asked.add(file.getFileName().toString());
			}
		});

		MapFixture map = MapFixture.served(session, "hub.partnership");
		assertTrue(map.text().contains("person \"Volunteer lead\""), "the map shows the typed person");
		assertTrue(map.nodes(concord.diagram.gmodel.MapTypes.PERSON).stream().anyMatch(n -> n.getId().equals("actor:Volunteer lead")),
				"and draws it");

		map.service(SpecModelStorage.class).saveSourceModel(new SaveModelAction());
		assertEquals(saved, Files.readString(spec), "the host writes the spec, not the map");
		assertEquals(List.of("hub.partnership"), asked, "the host is asked to");

		session.unsaved().release(spec);
		map.service(SpecModelStorage.class).saveSourceModel(new SaveModelAction());
		assertEquals(typed, Files.readString(spec), "a spec the host no longer holds is written by the map");
	}
}
