package concord.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import concord.interchange.diff.ModelChange;
import concord.interchange.diff.SpecDiff;
import concord.model.partnership.PartnershipModel;
import concord.validation.RuleProfile;

/** The UK hub against an edited copy: the change list names exactly the edits, then the findings they moved. */
class SpecDiffTest {

	private static final String HUB = "partnership \"Victim support hub (west of UK)\"";

	private final Path file = InterchangeSpecs.hub();
	private final String text = InterchangeSpecs.readText(file);

	private List<String> changes(String edited, boolean findings) {
		PartnershipModel before = InterchangeSpecs.read(file, text);
		PartnershipModel after = InterchangeSpecs.read(file, edited);
		return new SpecDiff(RuleProfile.defaults()).between(before, after).stream()
				.filter(c -> findings == (c.kind() == ModelChange.Kind.FINDING_NEW || c.kind() == ModelChange.Kind.FINDING_RESOLVED))
				.map(ModelChange::text).toList();
	}

	private String edit(String from, String to) {
		assertTrue(text.contains(from), "the fixture holds " + from);
		return text.replace(from, to);
	}

	@Test
	void theSameSpecHasNoChanges() {
		assertEquals(List.of(), changes(text, false));
		assertEquals(List.of(), changes(text, true));
	}

	@Test
	void theEditsMadeAreListedAndNothingElse() {
		String edited = edit("\tmember \"Benefits advice\" as signposted-service\n", "")
				.replace("\tmember \"Police force\" as referrer\n", "\tmember \"Police force\" as partner\n")
				.replace("\tmember \"Care and Repair\" as signposted-service\n",
						"\tmember \"Care and Repair\" as signposted-service\n\tmember \"Office of the Police and Crime Commissioner\" as facilitator\n")
				.replace("\t\tkeast coordination\n\t\tnz co-ordination", "\t\tkeast collaboration\n\t\tnz co-ordination");
		assertEquals(List.of(
				"changed: " + HUB + " / member \"Police force\" role: referrer -> partner",
				"partner left: " + HUB + ": Benefits advice",
				"partner joined: " + HUB + ": Office of the Police and Crime Commissioner as facilitator",
				"integration moved: " + HUB + " / current integration keast: coordination -> collaboration"),
				changes(edited, false));
	}

	@Test
	void aRoleGivenToSomeoneElseIsReassigned() {
		Path autism = Path.of(System.getProperty("concord.packs", "../concord.templates/packs"), "t2-nz-autism", "case.partnership");
		String original = InterchangeSpecs.readText(autism);
		String role = "role guardian-angel played-by \"<senior manager near the host>\"";
		assertTrue(original.contains(role), "the fixture holds " + role);
		String edited = original.replace(role, "role guardian-angel played-by \"<middle-level official>\"");
		List<String> changes = new SpecDiff(RuleProfile.defaults())
				.between(InterchangeSpecs.read(autism, original), InterchangeSpecs.read(autism, edited)).stream()
				.filter(c -> c.kind() == ModelChange.Kind.ROLE_REASSIGNED || c.kind() == ModelChange.Kind.CHANGED).map(ModelChange::text).toList();
		assertEquals(1, changes.size(), changes.toString());
		assertTrue(changes.get(0).startsWith("role reassigned: partnership \""), changes.get(0));
		assertTrue(changes.get(0).endsWith(" / role \"guardian angel\" actors: <senior manager near the host> -> <middle-level official>"),
				changes.get(0));
	}

	@Test
	void findingsThatAnEditResolvesAreListed() {
		// the two agencies stop competing for funding: the finding about competing members goes
		String edited = edit("\t\tcompetes-with \"Victim Support\"\n", "");
		List<String> model = changes(edited, false);
		assertEquals(List.of("changed: " + HUB + " / member \"Lesbian, gay, bisexual and transgender support\" competes for funding with: "
				+ "Victim Support -> (none)"), model);
		List<String> findings = changes(edited, true);
		assertTrue(!findings.isEmpty() && findings.stream().allMatch(f -> f.startsWith("finding resolved: ") || f.startsWith("new finding: ")),
				findings.toString());
	}
}
