package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Mistakes analysts make when they write a spec by hand, each with the one error they should read: where
 * (line:column) and in the language's own words what was found and what the statement expects there.
 * Every case is a small spec read by the real parser; a case must give exactly one syntax error (the
 * follow-on errors of a statement are not reported).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class TypoCorpusTest {

	private record Typo(String mistake, String text, int line, int column, String message) {
	}

	private static final String HEAD = "model \"Hub\"\norganisation \"Police\" { sector statutory-public }\n";

	/** What a partnership block holds, as every message about a statement inside one lists it. */
	private static final String PARTNERSHIP_STATEMENTS = " Expected `}` or one of: purpose, origin, form, goals-prescribed-in-advance,"
			+ " mandatory, change, current-phase, meetings-held, weeks-since-start, practices, aims, principles, capacity-building,"
			+ " paradigm, serves-region, first-meetings, values, originators, problem, driver, member, governance, perspective,"
			+ " integration, activity, leadership, role, proposition, outcome, resource, tension, context, phase, trigger,"
			+ " co-production.";

	private static String inPartnership(String statements) {
		return HEAD + "partnership \"Hub\" {\n\tpurpose \"Support victims\"\n" + statements + "\n}\n";
	}

	static final List<Typo> CORPUS = List.of(
			new Typo("a misspelt top-level keyword", HEAD + "organisaton \"Victim Support\"\n", 3, 1,
					"`organisaton` is not a statement at the top level of a spec; did you mean `organisation`? Expected one of: organisation, person, group, partnership."),
			new Typo("a misspelt statement keyword", inPartnership("\tpurpse \"x\""), 5, 2,
					"`purpse` is not a statement inside `partnership { }`; did you mean `purpose`?" + PARTNERSHIP_STATEMENTS),
			new Typo("a capitalised keyword", HEAD + "Partnership \"Hub\" { }\n", 3, 1,
					"`Partnership` is not a statement at the top level of a spec; did you mean `partnership`? Expected one of: organisation, person, group, partnership."),
			new Typo("a misspelt kind", inPartnership("\tproblem \"Repeat victims\" { domain knowabel }"), 5, 36,
					"`knowabel` is not a problem domain; did you mean `knowable`? Expected one of: known, knowable, complex, chaotic."),
			new Typo("a kind written as the source's label", inPartnership("\ttension unexpressed-power-imbalances"), 5, 37,
					"`unexpressed-power-imbalances` is not a tension kind; did you mean `unexpressed-power-imbalance`, the language's word for the source's label? Expected one of: funding-competition, insecure-funding, referral-delays, process-interpretation, co-location-irritants, matrix-management-confusion, performance-criteria-conflict, contested-proposition, holding-to-organisational-mandate, rushing-to-task, conflict-avoidance, unexpressed-power-imbalance, silos-and-fragmentation, turf-protection, risk-aversion, central-regional-gap, frustration-at-not-knowing."),
			new Typo("a kind that is no kind of this statement", inPartnership("\tform network-of-networks"), 5, 7,
					"`network-of-networks` is not a network form. Expected one of: resource-exchange, exploitation-of-niche, problem-sharing-and-problem-solving, competence-and-knowledge, responding-to-technology."),
			new Typo("a wrong value of a two-valued kind", inPartnership("\tperspective { setting hierarchical }"), 5, 24,
					"`hierarchical` is not a management perspective. Expected one of: classical, network."),
			new Typo("a misspelt member role", inPartnership("\tmember \"Police\" as partnr"), 5, 21,
					"`partnr` is not a member role; did you mean `partner`? Expected one of: lead-agency, partner, commissioner-funder, referrer, signposted-service, facilitator, host."),
			new Typo("a member without its organisation", inPartnership("\tmember as partner"), 5, 9,
					"`member` needs the name of an organisation in quotes, found `as`."),
			new Typo("a statement without its text", HEAD + "partnership \"Hub\" {\n\tpurpose\n}\n", 5, 1,
					"`purpose` needs a quoted text, found `}`."),
			new Typo("a missing closing quote", inPartnership("\tserves-region \"Hawke's Bay\n\tmandatory"), 5, 16,
					"a quoted text is not closed on this line: add the closing quote (a text ends on the line it starts; write \\n for a line break)"),
			new Typo("a name with spaces, unquoted", inPartnership("\tmember Victim Support"), 5, 9,
					"`member` needs the name of an organisation in quotes, found `Victim`."),
			new Typo("a name without quotes in a declaration", HEAD + "organisation Victim {\n}\n", 3, 14,
					"`organisation` needs a name in quotes, such as \"Victim Support\", found `Victim`."),
			new Typo("a missing closing brace before the next block", HEAD + "organisation \"Victim Support\" {\n\tsector voluntary-third-sector\n"
					+ "organisation \"Council\" { sector statutory-public }\n", 5, 1,
					"`organisation` is not a statement inside `organisation { }` (is a `}` missing before it?). Expected `}` or one of: description, sector, legitimacy, level, region, budget-cycle, professions, funding, part-of."),
			new Typo("a missing closing brace at the end of the file", HEAD + "partnership \"Hub\" {\n\tpurpose \"x\"\n", 4, 13,
					"the file ends inside `partnership { }` before its `}`." + PARTNERSHIP_STATEMENTS),
			new Typo("a statement in the wrong block", inPartnership("\tsector private"), 5, 2,
					"`sector` is not a statement inside `partnership { }` (it is written inside `organisation { }`)." + PARTNERSHIP_STATEMENTS),
			new Typo("integration without current or target", inPartnership("\tintegration { frost collaboration }"), 5, 2,
					"`integration` needs `current` or `target`, found `{`."),
			new Typo("a role without played-by", inPartnership("\trole champion \"Police\""), 5, 16,
					"`champion` needs `played-by`, found \"Police\"."),
			new Typo("a word for a number", inPartnership("\tmeetings-held many"), 5, 16,
					"`meetings-held` needs a whole number, found `many`."),
			new Typo("a spec that does not start with model", "organisation \"Police\"\n", 1, 1,
					"Expected `model`, found `organisation`."));

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Test
	void everyTypoGivesOneErrorInTheLanguagesWords() {
		List<String> wrong = new ArrayList<>();
		for (Typo typo : CORPUS) {
			String got = error(typo.text());
			String expected = typo.line() + ":" + typo.column() + " " + typo.message();
			if (!expected.equals(got)) {
				wrong.add(typo.mistake() + "\n    expected " + expected + "\n    got      " + got);
			}
		}
		assertEquals("", String.join("\n", wrong));
	}

	@Test
	void mistakesInThreeStatementsAreThreeErrorsWithoutEchoes() {
		Resource spec = Cases.load(resourceSets.get(), "typos.partnership", (HEAD + "partnership \"Hub\" {\n"
				+ "\tmember Victim Support as partner\n\tform network-of-networks\n\tserves-region \"Hawke's Bay\n"
				+ "\tmandatory\n}\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("4:9", "5:7", "6:16"), spec.getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn()).toList(),
				spec.getErrors()::toString);
	}

	/**
	 * ANTLR's recovery from a word that starts no statement of a block skips to the end of that block, so a
	 * second mistake in the same block shows once the first is fixed (docs/language.md says so).
	 */
	@Test
	void anUnknownStatementHidesTheRestOfItsBlockUntilFixed() {
		Resource spec = Cases.load(resourceSets.get(), "typos.partnership", (HEAD + "partnership \"Hub\" {\n\tpurpse \"x\"\n"
				+ "\tform network-of-networks\n}\npartnership \"Two\" {\n\tform network-of-networks\n}\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("4:2", "8:7"), spec.getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn()).toList(),
				spec.getErrors()::toString);
	}

	/** "line:column message" of the single syntax error, or a description of what came instead. */
	private String error(String text) {
		Resource spec = Cases.load(resourceSets.get(), "typo.partnership", text.getBytes(StandardCharsets.UTF_8));
		List<Resource.Diagnostic> errors = spec.getErrors();
		if (errors.size() != 1) {
			return errors.size() + " errors: " + errors.stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList();
		}
		Resource.Diagnostic error = errors.get(0);
		return error.getLine() + ":" + error.getColumn() + " " + error.getMessage();
	}
}
