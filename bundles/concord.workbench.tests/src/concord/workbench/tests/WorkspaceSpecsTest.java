package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.validation.RuleCatalogue;
import concord.validation.catalogue.FindingKind;
import concord.workbench.prefs.WorkbenchProfile;
import concord.workbench.text.SpecMarkers;

/**
 * Problems lists the findings of every spec in the workspace, open or not, as a builder would: a spec is
 * checked when it arrives, when it changes on disk and when the rule profile changes.
 */
class WorkspaceSpecsTest {

	private IFile file;

	@AfterEach
	void delete() throws Exception {
		WorkbenchProfile.store("");
		HubProject.delete(file);
	}

	@Test
	void aSpecNoEditorHasOpenIsCheckedWhenItArrivesAndWhenItChanges() throws Exception {
		file = HubProject.create("unopened");
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null, "the hub's DF-03 is in Problems without an editor");

		String broken = "model \"Half\"\norganisation {\n";
		file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
		UiWait.until(() -> !ProblemMarkers.errors(file).isEmpty(), "a spec broken on disk shows its syntax error");
		assertTrue(ProblemMarkers.find(file, "DF-03") == null, "and no longer the findings of its old text");
		assertTrue(ProblemMarkers.errors(file).stream().anyMatch(error -> error.startsWith("2: ") || error.startsWith("3: ")), ProblemMarkers.errors(file).toString());
	}

	@Test
	void eachRuleFindingIsInProblemsAsTheRiskOrGapItsRuleNames() throws Exception {
		file = HubProject.create("unopened-kinds");
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null, "the hub raises DF-03");
		assertEquals(SpecMarkers.RISK, ProblemMarkers.find(file, "DF-03").getType(), "DF-03 names a risk in what is recorded");
		List<String> kinds = new ArrayList<>();
		for (IMarker marker : file.findMarkers(SpecMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
			String rule = marker.getAttribute(SpecMarkers.RULE_ID, "");
			assertTrue(!rule.isEmpty(), "the hub reads without errors: " + marker.getAttribute(IMarker.MESSAGE, ""));
			FindingKind kind = RuleCatalogue.standard().find(rule).orElseThrow().kind();
			assertEquals(kind == FindingKind.GAP ? SpecMarkers.GAP : SpecMarkers.RISK, marker.getType(), rule + " is a " + kind);
			kinds.add(marker.getType());
		}
		assertTrue(kinds.contains(SpecMarkers.GAP) && kinds.contains(SpecMarkers.RISK), "the hub has findings of both kinds: " + kinds);
	}

	@Test
	void aChangedRuleProfileChecksSpecsNoEditorHasOpen() throws Exception {
		file = HubProject.create("unopened-profile");
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null, "the hub raises DF-03");
		WorkbenchProfile.store("disable DF-03\n");
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") == null, "DF-03 switched off leaves Problems");
		WorkbenchProfile.store("severity DF-03 error\n");
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null
				&& ProblemMarkers.find(file, "DF-03").getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR, "DF-03 re-graded to an error");
	}

	@Test
	void aProfileBesideTheSpecsSwitchesTheirFindingsOffUnderThePreference() throws Exception {
		file = HubProject.create("unopened-lesson");
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null, "the hub raises DF-03");
		WorkbenchProfile.store("severity DF-03 error\n");
		IFile profile = file.getProject().getFile("concord.profile");
		profile.create(new ByteArrayInputStream("disable DF-03\n".getBytes(StandardCharsets.UTF_8)), true, null);
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") == null, "the profile beside the spec switches DF-03 off over the preference");
		profile.delete(true, null);
		UiWait.until(() -> ProblemMarkers.find(file, "DF-03") != null
				&& ProblemMarkers.find(file, "DF-03").getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR,
				"without it, the preference decides again");
	}
}
