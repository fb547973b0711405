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
		for (String scale : new String[] { "FrostStage", "KeastLevel", "WorkingMode" }) {
			assertTrue(run.out().contains("a value of " + scale), scale + " missing: " + run);
		}
	}

	@Test
	void explainsAConceptByItsSourceLabelInKebabCase() {
		Cli.Run run = cli.run("explain", "guardian-angel");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("guardian angel"), run::toString);
		assertTrue(run.out().contains("Source:"), run::toString);
	}

	@Test
	void anUnknownTopicSuggestsNearNames() {
		Cli.Run run = cli.run("explain", "guardian");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("did you mean") && run.err().contains("guardian-angel"), run::toString);
	}
}
