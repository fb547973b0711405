package concord.cli.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Every CLI test runs the built command in a fresh folder of its own. */
abstract class CliTestCase {

	@TempDir
	Path folder;
	Cli cli;

	@BeforeEach
	void startInFreshFolder() {
		cli = new Cli(folder);
	}
}
