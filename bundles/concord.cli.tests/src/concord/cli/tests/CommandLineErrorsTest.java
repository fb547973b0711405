package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Errors a person can act on: one line naming the file, exit code 2, no stack trace unless --debug. */
class CommandLineErrorsTest extends CliTestCase {

	@Test
	void noCommandShowsHowToGetHelp() {
		Cli.Run run = cli.run();
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("concord --help"), run::toString);
	}

	@Test
	void aMissingFileIsNamed() {
		Cli.Run run = cli.run("validate", "nowhere.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("concord: nowhere.partnership.xmi: no such file or folder", run.err().strip());
	}

	@Test
	void aWrongExtensionSaysWhatIsExpected() throws IOException {
		Files.writeString(folder.resolve("hub.docx"), "binary?");
		Cli.Run run = cli.run("validate", "hub.docx");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("hub.docx: unsupported file type (expected .partnership"), run::toString);
	}

	@Test
	void brokenXmiIsReportedWithLineAndColumnAndExitTwo() throws IOException {
		Files.writeString(folder.resolve("cut.partnership.xmi"),
				"<?xml version=\"1.0\"?>\n<partnership:PartnershipModel xmlns:partnership=\"http://concord.dev/partnership/1.0\"\n  name=\"cut");
		Cli.Run run = cli.run("validate", "cut.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().matches("(?s)cut\\.partnership\\.xmi:\\d+:\\d+: error \\[load\\] .*"), run::toString);
		assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run::toString);
	}

	@Test
	void anXmiFileOfAnotherToolIsNotAPartnershipModel() throws IOException {
		Files.writeString(folder.resolve("other.xmi"),
				"<?xml version=\"1.0\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>\n");
		Cli.Run run = cli.run("validate", "other.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.out().contains("other.xmi: error [load]"), run::toString);
	}

	@Test
	void aMissingOutputFolderIsAnInputError() {
		Specs.hubXmi(folder.resolve("hub.partnership.xmi"));
		Cli.Run run = cli.run("validate", "-o", "no/such/folder/report.txt", "hub.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("does not exist"), run::toString);
	}

	@Test
	void debugShowsTheStackTrace() {
		Cli.Run run = cli.run("validate", "--debug", "nowhere.partnership.xmi");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("at concord.cli."), "stack trace expected with --debug: " + run);
	}
}
