package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command and subcommand answers --help with its usage, and -V names the build. */
class HelpAndVersionTest extends CliTestCase {

	@ParameterizedTest
	@ValueSource(strings = { "validate", "convert", "format", "explain", "language-server", "serve", "template",
			"template list", "template show", "template new", "template install", "template pack", "template save" })
	void helpShowsTheUsageAndExitsZero(String command) {
		String[] words = (command + " --help").split(" ");
		Cli.Run run = cli.run(words);
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Usage: concord " + command), run::toString);
		assertEquals("", run.err(), run::toString);
	}

	@Test
	void versionNamesTheBuild() {
		Cli.Run run = cli.run("-V");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().matches("(?s)concord 0\\.1\\.0\\.\\d{12}\\RJava .*"), run::toString);
	}
}
