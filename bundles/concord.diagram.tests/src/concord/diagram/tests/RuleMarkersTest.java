package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.gmodel.MapTypes;
import concord.diagram.markers.RuleMarkers;
import concord.diagram.model.MapSession;
import concord.validation.ProfileException;
import concord.validation.RuleProfile;

/** Findings of the rule catalogue land on the map elements they are about, with rule id and source. */
class RuleMarkersTest {

	@TempDir
	Path folder;

	@Test
	void theDriverMismatchOfTheUkHubIsMarkedOnTheMembershipConcerned() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		List<Marker> markers = map.service(RuleMarkers.class).validate(List.of(map.state.getRoot()), "batch");
		Marker mismatch = markers.stream().filter(m -> m.getLabel().equals("DF-03")).findFirst().orElseThrow(() -> new AssertionError(markers));
		assertEquals("membership:partnership:Victim support hub (west of UK)->actor:Lesbian, gay, bisexual and transgender support",
				mismatch.getElementId());
		assertEquals(MarkerKind.WARNING, mismatch.getType());
		assertTrue(mismatch.getDescription().startsWith("DF-03: Partners are in this for different reasons"), mismatch.getDescription());
		assertTrue(mismatch.getDescription().endsWith("\"What does the literature say… (1)\"; Caveats)"),
				"the source is cited: " + mismatch.getDescription());
		assertTrue(map.element(mismatch.getElementId()).isPresent(), "the marked element is on the map");
	}

	@Test
	void theMarkersFollowTheRuleProfileOfTheSession() throws Exception {
		Path hub = MapFixture.ofPack("uk-victim-support-hub", folder).spec;
		MapSession session = MapSession.serving(List.of(hub), MapFixture.LANGUAGE);
		assertTrue(labels(MapFixture.served(session, hub.getFileName().toString())).contains("DF-03"), "the defaults raise DF-03");

		session.ruleProfile(() -> RuleProfile.defaults().then(parse("disable DF-03")));
		List<String> labels = labels(MapFixture.served(session, hub.getFileName().toString()));
		assertFalse(labels.contains("DF-03"), "a rule the host's profile switches off is not marked: " + labels);
		assertFalse(labels.isEmpty(), "the other findings still are");
	}

	@Test
	void aProfileBesideTheSpecSwitchesItsMarkersOffUnderTheHostsProfile() throws Exception {
		Path hub = MapFixture.ofPack("uk-victim-support-hub", folder).spec;
		java.nio.file.Files.writeString(hub.resolveSibling("lesson.profile"), "disable DF-03\n");
		java.nio.file.Files.writeString(hub.resolveSibling(".concord"), "profile lesson.profile\n");
		MapSession session = MapSession.serving(List.of(hub), MapFixture.LANGUAGE);
		session.ruleProfile(() -> RuleProfile.defaults().then(parse("severity PL-04 error")));
		List<String> labels = labels(MapFixture.served(session, hub.getFileName().toString()));
		assertFalse(labels.contains("DF-03"), "the spec's own profile switches DF-03 off on the map: " + labels);
		assertTrue(labels.contains("PL-04"), "the host's profile still applies under it: " + labels);
	}

	@Test
	void twoSpecsOfOneNameAreServedUnderTheirFolders() throws Exception {
		Path first = java.nio.file.Files.createDirectories(folder.resolve("lesson-1")).resolve("case.partnership");
		Path second = java.nio.file.Files.createDirectories(folder.resolve("lesson-2")).resolve("case.partnership");
		MapSession session = MapSession.serving(List.of(first, second), MapFixture.LANGUAGE);
		assertEquals(List.of("case.partnership", "lesson-2/case.partnership"), session.specNames());
	}

	private static RuleProfile parse(String lines) {
		try {
			return RuleProfile.parse(lines, "test profile");
		} catch (ProfileException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> labels(MapFixture map) {
		return map.service(RuleMarkers.class).validate(List.of(map.state.getRoot()), "batch").stream().map(Marker::getLabel).toList();
	}

	@Test
	void everyMarkerIsOnAnElementOfTheMap() throws Exception {
		MapFixture map = MapFixture.ofPack("uk-victim-support-hub", folder);
		for (Marker marker : map.service(RuleMarkers.class).validate(List.of(map.state.getRoot()), "batch")) {
			assertTrue(marker.getElementId().equals(MapTypes.DIAGRAM) || map.element(marker.getElementId()).isPresent(), marker.getElementId());
		}
	}

	@Test
	void aSyntaxErrorInTheTextIsAMarkerWithItsLine() throws Exception {
		MapFixture map = MapFixture.of(folder, "broken.partnership", "model \"Broken\"\norganisation \"A\" {\n  sector nowhere\n}\n");
		List<Marker> markers = map.service(RuleMarkers.class).validate(List.of(map.state.getRoot()), "batch");
		Marker syntax = markers.stream().filter(m -> m.getLabel().equals("syntax")).findFirst().orElseThrow(() -> new AssertionError(markers));
		assertTrue(syntax.getDescription().startsWith("line 3:"), syntax.getDescription());
		assertEquals(MarkerKind.ERROR, syntax.getType());
	}
}
