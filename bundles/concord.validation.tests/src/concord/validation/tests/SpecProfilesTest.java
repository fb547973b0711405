package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.validation.ActiveProfile;
import concord.validation.RuleCatalogue;
import concord.validation.RuleProfile;
import concord.validation.SpecProfiles;
import concord.validation.catalogue.Rule;

/** Profiles that travel with specs: found in the spec's folder and above it, and laid over in order. */
class SpecProfilesTest {

	private static final Rule DF03 = RuleCatalogue.standard().find("DF-03").orElseThrow();
	private static final Rule DF04 = RuleCatalogue.standard().find("DF-04").orElseThrow();

	@TempDir
	Path project;

	@Test
	void aProfileInAParentFolderAppliesAndTheNearerOneWins() throws Exception {
		Files.createDirectory(project.resolve(".git"));
		Path lesson = Files.createDirectories(project.resolve("lessons/t14"));
		Files.writeString(project.resolve("concord.profile"), "disable DF-03\ndisable DF-04\n");
		Files.writeString(lesson.resolve("concord.profile"), "enable DF-04\n");

		SpecProfiles.Found found = SpecProfiles.near(lesson.resolve("case.partnership"));

		assertEquals(List.of(project.resolve("concord.profile"), lesson.resolve("concord.profile")), found.files());
		RuleProfile inForce = found.over(RuleProfile.defaults());
		assertFalse(inForce.isEnabled(DF03), "the project's profile applies to a spec below it");
		assertTrue(inForce.isEnabled(DF04), "the lesson's own profile is laid over the project's");
	}

	@Test
	void aSettingsFileNamesThePacksProfile() throws Exception {
		Files.createDirectory(project.resolve(".git"));
		Files.writeString(project.resolve("teaching.profile"), "disable DF-03\n");
		Files.writeString(project.resolve(".concord"), "# the pack's lesson\nprofile teaching.profile\n");

		SpecProfiles.Found found = SpecProfiles.near(project.resolve("case.partnership"));

		assertEquals(List.of(project.resolve("teaching.profile")), found.files());
		assertFalse(found.over(RuleProfile.defaults()).isEnabled(DF03));
	}

	@Test
	void theSearchStopsAtTheProjectAndAProfileWithProblemsIsReportedNotApplied() throws Exception {
		Path inner = Files.createDirectories(project.resolve("repo"));
		Files.createDirectory(inner.resolve(".git"));
		Files.writeString(project.resolve("concord.profile"), "disable DF-03\n");
		assertNull(SpecProfiles.near(inner.resolve("case.partnership")).profile(), "a profile outside the project is not the spec's");

		Files.writeString(inner.resolve("concord.profile"), "disable XX-99\n");
		SpecProfiles.Found broken = SpecProfiles.near(inner.resolve("case.partnership"));
		assertEquals(List.of(), broken.files());
		assertEquals(1, broken.problems().size(), broken.problems().toString());
		assertTrue(broken.problems().get(0).startsWith(inner.resolve("concord.profile") + ":1: "), broken.problems().toString());
	}

	@Test
	void aModelReadFromAFileFollowsItsFolderWithTheRunsProfileOnTop() throws Exception {
		Files.createDirectory(project.resolve(".git"));
		Files.writeString(project.resolve("concord.profile"), "disable DF-03\ndisable DF-04\n");
		ResourceSet resources = new ResourceSetImpl();
		Resource resource = new XMIResourceImpl(URI.createFileURI(project.resolve("case.partnership.xmi").toString()));
		resources.getResources().add(resource);

		assertFalse(ActiveProfile.of(resource).isEnabled(DF03), "without an owner, the folder's profile is over the defaults");
		ActiveProfile.set(resources, RuleProfile.defaults(), RuleProfile.parse("enable DF-04\n", "mine.profile"));
		assertFalse(ActiveProfile.of(resource).isEnabled(DF03));
		assertTrue(ActiveProfile.of(resource).isEnabled(DF04), "--profile is laid over the folder's profile");
	}
}
