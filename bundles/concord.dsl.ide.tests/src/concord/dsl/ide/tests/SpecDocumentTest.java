package concord.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import concord.dsl.ide.PartnershipIdeSetup;
import concord.dsl.ide.document.NewNames;
import concord.dsl.ide.document.SpecDocument;
import concord.dsl.validation.FindingIssues;
import concord.model.partnership.Membership;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipPackage.Literals;
import concord.validation.RuleCatalogue;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;

/** The one spec document every editor of partnership text goes through: reading, edits, layout, saving. */
class SpecDocumentTest {

	private static final Injector LANGUAGE = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration();

	private static final String HUB = """
			// The analyst's opening comment stays where it is.
			model "Hub"

			organisation "Police" // the county force
			organisation "Council"
			organisation "Charity"

			partnership "Safety" {
				purpose "Fewer repeat victims"
				member "Police" as lead-agency
				member "Council" as partner {
					competes-with "Police"
				}
				governance {
					authority divided
					lead-agency "Police"
				}
				perspective {
					manager classical
				}
			}
			""";

	@TempDir
	Path folder;

	@Test
	void aSpecImportingTheSpecBesideItResolves() throws IOException {
		Files.writeString(folder.resolve("agencies.partnership"), "model \"Shared\"\norganisation \"Victim Support\"\n");
		Path hub = folder.resolve("hub.partnership");
		SpecDocument document = SpecDocument.of(hub, "model \"Hub\"\npartnership \"p\" {\n\tmember \"Shared\"::\"Victim Support\" as partner\n}\n",
				LANGUAGE);
		Membership member = document.model().getPartnerships().get(0).getMemberships().get(0);
		assertFalse(member.getOrganisation().eIsProxy(), "the organisation of the spec beside it did not resolve");
		assertEquals("Victim Support", member.getOrganisation().getName());
	}

	@Test
	void aRenameInTheSpecBesideIsFollowedByTheReferencesToIt() throws IOException {
		Path agencies = folder.resolve("agencies.partnership");
		Files.writeString(agencies, "model \"Shared\"\norganisation \"Victim Support\"\n");
		String hub = "model \"Hub\"\n// members come from the shared list\npartnership \"p\" {\n\tmember \"Shared\"::\"Victim Support\" as partner\n}\n";
		SpecDocument document = SpecDocument.of(folder.resolve("hub.partnership"), hub, LANGUAGE);
		assertTrue(document.followRenameIn(agencies, "model \"Shared\"\norganisation \"Victim Support Wales\"\n"), document.text());
		assertEquals(hub.replace("\"Victim Support\"", "\"Victim Support Wales\""), document.text());
		assertTrue(document.resource().getErrors().isEmpty(), document.resource().getErrors().toString());
		assertFalse(document.followRenameIn(agencies, "model \"Shared\"\norganisation \"Victim Support Wales\"\n"),
				"nothing more to follow");
	}

	@Test
	void aNewMemberGoesOnTheLineAfterTheLastAndNothingElseChanges() {
		SpecDocument document = SpecDocument.of(folder.resolve("hub.partnership"), HUB, LANGUAGE);
		Partnership safety = document.model().getPartnerships().get(0);
		Organisation charity = (Organisation) document.model().getActors().get(2);
		Membership membership = PartnershipFactory.eINSTANCE.createMembership();
		membership.setOrganisation(charity);
		membership.setRole(MemberRole.PARTNER);
		document.add(safety, Literals.PARTNERSHIP__MEMBERSHIPS, membership);
		assertEquals(HUB.replace("\t\tcompetes-with \"Police\"\n\t}\n", "\t\tcompetes-with \"Police\"\n\t}\n\tmember \"Charity\" as partner\n"),
				document.text());
		assertTrue(document.resource().getErrors().isEmpty(), document.resource().getErrors().toString());
	}

	@Test
	void aNewActorIsItsOwnParagraphAfterTheLastActor() {
		SpecDocument document = SpecDocument.of(folder.resolve("hub.partnership"), HUB, LANGUAGE);
		Organisation trust = PartnershipFactory.eINSTANCE.createOrganisation();
		trust.setName(NewNames.unique(document.model(), "Charity"));
		document.add(document.model(), Literals.PARTNERSHIP_MODEL__ACTORS, trust);
		assertEquals(HUB.replace("organisation \"Charity\"\n", "organisation \"Charity\"\n\norganisation \"Charity 2\"\n"), document.text());
	}

	@Test
	void renamingAnOrganisationRenamesEveryReferenceToItsMembershipToo() {
		SpecDocument document = SpecDocument.of(folder.resolve("hub.partnership"), HUB, LANGUAGE);
		Organisation police = (Organisation) document.model().getActors().get(0);
		document.apply(model -> police.setName("County Police"), true);
		assertTrue(document.text().contains("organisation \"County Police\" // the county force"), document.text());
		assertTrue(document.text().contains("competes-with \"County Police\""), document.text());
		assertTrue(document.text().contains("lead-agency \"County Police\""), document.text());
		assertTrue(document.text().startsWith("// The analyst's opening comment stays where it is."), document.text());
		assertTrue(document.resource().getErrors().isEmpty(), document.resource().getErrors().toString());
	}

	@Test
	void rulesFindingsComeWithRuleIdSourceAndFixesUnderTheProfile() throws Exception {
		SpecDocument document = SpecDocument.of(folder.resolve("hub.partnership"), HUB, LANGUAGE);
		List<Issue> rules = document.issues().stream().filter(FindingIssues::isRuleFinding).toList();
		assertFalse(rules.isEmpty(), "the hub raises rule findings");
		for (Issue issue : rules) {
			String source = RuleCatalogue.standard().find(issue.getCode()).orElseThrow().source();
			assertEquals(source, FindingIssues.source(issue), issue.getCode());
			assertFalse(issue.getMessage().endsWith("(" + source + ")"), "the message is plain, the source travels apart: " + issue.getMessage());
		}
		Set<String> fixesOfFindings = new TreeSet<>();
		new RuleValidator(RuleProfile.defaults()).validate(document.model())
				.forEach(f -> f.fixes().forEach(fix -> fixesOfFindings.add(f.ruleId() + ": " + fix.label())));
		Set<String> fixesOfIssues = new TreeSet<>();
		rules.forEach(issue -> FindingIssues.fixes(issue).forEach(fix -> fixesOfIssues.add(issue.getCode() + ": " + fix)));
		assertFalse(fixesOfFindings.isEmpty(), "the hub has findings with quick fixes");
		assertEquals(fixesOfFindings, fixesOfIssues, "the issues carry each finding's fixes");
		String someRule = rules.get(0).getCode();
		document.ruleProfile(RuleProfile.parse("disable " + someRule + "\n", "test.profile"));
		assertTrue(document.issues().stream().noneMatch(issue -> someRule.equals(issue.getCode())), "the profile switched " + someRule + " off");
	}

	@Test
	void formatKeepsCommentsAndSaveWritesTheText() throws IOException {
		Path file = folder.resolve("hub.partnership");
		SpecDocument document = SpecDocument.of(file, HUB.replace("\tpurpose", "      purpose"), LANGUAGE);
		assertFalse(document.hasSyntaxErrors());
		String formatted = document.format();
		assertTrue(formatted.contains("\tpurpose \"Fewer repeat victims\""), formatted);
		assertTrue(formatted.contains("// the county force"), formatted);
		document.setText(formatted);
		document.save();
		assertEquals(formatted, Files.readString(file));
		try (var left = Files.list(folder)) {
			assertEquals(List.of(file), left.toList(), "no temporary file stays beside the spec");
		}
	}
}
