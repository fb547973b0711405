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
		String role = text.lines().filter(l -> l.strip().startsWith("role ") && l.contains("played-by")).findFirst().orElseThrow();
		String player = role.substring(role.indexOf("played-by") + "played-by ".length()).split(" \\{")[0].strip();
		String edited = text.replace(role, role.replace(player, "\"Head of policy\""));
		List<String> changes = changes(edited, false);
		assertEquals(1, changes.size(), changes.toString());
		assertTrue(changes.get(0).startsWith("role reassigned: " + HUB + " / role \""), changes.get(0));
		assertTrue(changes.get(0).endsWith(" actors: " + player.replace("\"", "").replace(", ", "; ") + " -> Head of policy"), changes.get(0));
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
