package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code concord explain}: rules and concepts with their sources. */
class ExplainCommandTest extends CliTestCase {

	@Test
	void explainsARuleWithSeverityMessageAndSource() {
		Cli.Run run = cli.run("explain", "df-03");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("DF-03"), run::toString);
		assertTrue(run.out().contains("Severity: warning"), run::toString);
		assertTrue(run.out().contains("Source:"), run::toString);
		// placeholders are explained in words, not shown as {m1}
		assertTrue(run.out().contains("Partners are in this for different reasons ([the first member]: [the first member's "
				+ "main driver]; [the second member]:"), run::toString);
	}

	@Test
	void collaborationIsADifferentRungOnEachScale() {
		Cli.Run run = cli.run("explain", "collaboration");
		assertEquals(0, run.exitCode(), run::toString);
		for (String scale : new String[] { "Frost stage of joint working", "Keast integration level", "NZ mode of working together" }) {
			assertTrue(run.out().contains("collaboration: a value of " + scale), scale + " missing: " + run);
		}
	}

	@Test
	void explainsAConceptByItsSourceLabelInKebabCase() {
		Cli.Run run = cli.run("explain", "guardian-angel");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("guardian angel  (guardian-angel: a value of collaboration role)"), run::toString);
		assertTrue(run.out().contains("Source:"), run::toString);
		assertTrue(run.out().contains("Example: role guardian-angel"), "an example in the language's words: " + run);
		assertTrue(!run.out().contains("GUARDIAN_ANGEL") && !run.out().contains("CollaborationRole"), "no Java names: " + run);
	}

	@Test
	void explainsAKeywordByWhatItsStatementRecordsWithAnExample() {
		Cli.Run run = cli.run("explain", "form");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("form  (a statement of partnership)"), run::toString);
		assertTrue(run.out().contains("Records: the network form of the partnership"), run::toString);
		assertTrue(run.out().contains("Values:  network form: ") && run.out().contains("resource-exchange"), run::toString);
		assertTrue(run.out().contains("Example: form "), run::toString);
	}

	@Test
	void listsTheRulesFilteredByCategory() {
		Cli.Run all = cli.run("explain", "--rules");
		assertEquals(0, all.exitCode(), all::toString);
		assertTrue(all.out().contains("DF: Drivers, forms, attributes and challenges") && all.out().contains("WF: "), all::toString);
		assertTrue(all.out().lines().anyMatch(l -> l.matches("  DF-03 +warning +Partners are in this for different reasons.*")), all::toString);
		Cli.Run leadership = cli.run("explain", "--rules", "--category", "PL");
		assertTrue(leadership.out().contains("  PL-04 ") && !leadership.out().contains("  DF-03 "), leadership::toString);
		Cli.Run unknown = cli.run("explain", "--rules", "--category", "XX");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("DF (Drivers, forms"), unknown::toString);
	}

	@Test
	void anUnknownTopicSuggestsNearNames() {
		Cli.Run run = cli.run("explain", "guardian");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("did you mean") && run.err().contains("guardian-angel"), run::toString);
	}
}
