package concord.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import concord.dsl.PartnershipStandaloneSetup;
import concord.model.partnership.PartnershipModel;
import concord.templates.PackThumbnail;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.validation.ActiveProfile;
import concord.validation.RuleCatalogue;

/** Every built-in pack reads, links, and raises exactly the findings its manifest says it teaches. */
class BuiltInPacksTest {

	private static Injector language;

	@BeforeAll
	static void startLanguage() {
		language = new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void thereAreBuiltInPacks() {
		assertFalse(registry().builtIn().isEmpty());
	}

	@Test
	void everyPackTeachesExactlyWhatItsManifestSays() throws Exception {
		for (TemplatePack pack : registry().builtIn()) {
			XtextResourceSet resourceSet = load(pack);
			Set<String> raised = new TreeSet<>();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
				for (Issue issue : issues) {
					boolean rule = issue.getCode() != null && RuleCatalogue.standard().find(issue.getCode()).isPresent();
					assertTrue(rule, pack.id() + ": " + issue); // no syntax or reference errors
					raised.add(issue.getCode());
				}
			}
			assertEquals(new TreeSet<>(pack.manifest().teaches()), raised, pack.id() + " teaches other findings than it says");
			for (String rule : pack.manifest().teaches()) {
				assertTrue(pack.notes().contains(rule), pack.id() + ": the notes do not explain " + rule);
			}
		}
	}

	@Test
	void everyPackHasAThumbnailDrawnFromItsModel() throws Exception {
		boolean write = Boolean.getBoolean("concord.thumbnails.write");
		for (TemplatePack pack : registry().builtIn()) {
			String thumbnail = pack.manifest().thumbnail().orElseThrow(() -> new AssertionError(pack.id() + " has no thumbnail"));
			XtextResourceSet resourceSet = load(pack);
			PartnershipModel model = (PartnershipModel) resourceSet.getResources().get(0).getContents().get(0);
			String expected = PackThumbnail.svg(pack.manifest().title(), model);
			if (write) {
				Files.writeString(Path.of(System.getProperty("concord.packs"), pack.id(), thumbnail), expected, StandardCharsets.UTF_8);
				continue;
			}
			String committed = new String(pack.files().get(thumbnail), StandardCharsets.UTF_8);
			assertEquals(expected, committed, pack.id() + ": thumbnail out of date; regenerate with -Dconcord.thumbnails.write=true");
			assertTrue(committed.length() < 20_000, pack.id() + ": thumbnail too large");
			DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
			xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			xml.newDocumentBuilder().parse(new ByteArrayInputStream(pack.files().get(thumbnail)));
			String firstMember = model.getPartnerships().get(0).getMemberships().get(0).getOrganisation().getName();
			assertTrue(committed.contains(firstMember.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").substring(0, 8)),
					pack.id() + ": the thumbnail does not show " + firstMember);
		}
	}

	/** The pack's specs in one resource set, with the pack's profile in force. */
	@Test
	void theNicheNetworkCountsTheThreeAccountabilityRoutesItsNotesTeach() throws Exception {
		TemplatePack pack = registry().builtIn().stream().filter(p -> p.id().startsWith("t13-")).findFirst().orElseThrow();
		assertTrue(pack.notes().contains("three separate accountability routes"), "the notes' lesson");
		List<String> df08 = messages(new String(pack.files().get("case.partnership"), StandardCharsets.UTF_8), pack, "DF-08");
		assertEquals(1, df08.size(), df08::toString);
		assertTrue(df08.get(0).contains("Here: 3 separate accountability routes; no agreed communication mechanism."),
				df08.get(0));
	}

	@Test
	void aNewZealandPackSwitchedToATopDownOriginWarnsThatTopDownDrivesOutCollaboration() throws Exception {
		for (TemplatePack pack : registry().builtIn()) {
			if (!pack.id().matches("t[2-8]-nz-.*")) {
				continue;
			}
			String spec = new String(pack.files().get("case.partnership"), StandardCharsets.UTF_8);
			assertEquals(List.of(), messages(spec, pack, "NZ-09"), pack.id() + " as shipped");
			List<String> topDown = messages(spec.replace("origin shared-outcome", "origin top-down-requirement"), pack, "NZ-09");
			assertEquals(1, topDown.size(), pack.id() + ": " + topDown);
			assertTrue(topDown.get(0).contains("required from the top"), topDown.get(0));
		}
	}

	/** The messages of one rule's findings on a spec text, validated with the pack's profile. */
	private static List<String> messages(String spec, TemplatePack pack, String ruleId) throws Exception {
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		ActiveProfile.set(resourceSet, pack.profile());
		Resource resource = resourceSet.createResource(URI.createURI("pack:/" + pack.id() + "/edited.partnership"));
		resource.load(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), null);
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> ruleId.equals(issue.getCode())).map(Issue::getMessage).toList();
	}

	private static XtextResourceSet load(TemplatePack pack) throws Exception {
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		ActiveProfile.set(resourceSet, pack.profile());
		for (String spec : pack.manifest().specs()) {
			Resource resource = resourceSet.createResource(URI.createURI("pack:/" + pack.id() + "/" + spec));
			resource.load(new ByteArrayInputStream(pack.files().get(spec)), null);
		}
		return resourceSet;
	}

	private static TemplateRegistry registry() {
		return new TemplateRegistry(Path.of("target/no-user-packs"));
	}
}
