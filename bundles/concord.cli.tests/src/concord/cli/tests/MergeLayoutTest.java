package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Two people work on one spec in git: one edits the text and places a new node on the map, the other
 * edits another part of the text and moves a node. With {@code concord merge-layout} as the sidecar's
 * merge driver, git merges both branches without a conflict and the sidecar keeps both people's moves.
 */
class MergeLayoutTest extends CliTestCase {

	private static final String SIDECAR = "hub.layout.json";

	@Test
	void twoBranchesEditedInTextAndOnTheMapMergeCleanly() throws IOException {
		Path spec = Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"),
				folder.resolve("hub.partnership"));
		git("init", "-q", "-b", "main");
		String concord = Path.of(System.getProperty("concord.cli.home"), "bin", "concord").toAbsolutePath().toString();
		git("config", "merge.concord-layout.driver", "'" + concord + "' merge-layout %O %A %B %P");
		Files.writeString(folder.resolve(".gitattributes"), "*.layout.json merge=concord-layout\n");
		sidecar(placement("a1", 10, 10), placement("a5", 50, 50), placement("p1", 100, 100));
		git("add", ".");
		commit("base");

		git("checkout", "-q", "-b", "text-and-new-node");
		Files.writeString(spec, Files.readString(spec).replace("organisation \"Care and Repair\"", "organisation \"Care and Repair\" {\n\tregion \"Bristol\"\n}"));
		sidecar(placement("a1", 10, 10), placement("a2", 20, 20), placement("a5", 50, 50), placement("p1", 100, 100));
		commit("Care and Repair's region; a node placed");

		git("checkout", "-q", "main");
		Files.writeString(spec, Files.readString(spec).replace("\tmember \"Police force\" as referrer", "\tmember \"Police force\" as partner"));
		sidecar(placement("a1", 10, 10), placement("a3", 30, 30), placement("a5", 55, 65), placement("p1", 100, 100));
		commit("Police force a partner; a node placed, another moved");

		List<String> merge = git("merge", "-q", "--no-edit", "text-and-new-node");
		assertEquals("0", merge.get(0), "git merge: " + merge);
		String merged = Files.readString(folder.resolve(SIDECAR));
		assertTrue(merged.contains("\"a2\"") && merged.contains("\"a3\""), "both new placements are kept:\n" + merged);
		assertTrue(merged.contains("\"x\": 55.0") && merged.contains("\"y\": 65.0"), "the moved node keeps its move:\n" + merged);
		assertFalse(merged.contains("<<<<<<<"), merged);
		String text = Files.readString(spec);
		assertTrue(text.contains("region \"Bristol\"") && text.contains("member \"Police force\" as partner"), text);

		// what the merge brought in from the other branch, as concord diff reads it from git
		Cli.Run diff = cli.run("diff", "git:HEAD~1:hub.partnership", "hub.partnership");
		assertEquals(0, diff.exitCode(), diff::toString);
		assertTrue(diff.out().startsWith("changed: organisation \"Care and Repair\" region: (none) -> Bristol\n"), diff::toString);
	}

	@Test
	void whenBothMoveTheSameNodeOursIsKeptAndNamed() throws IOException {
		Path base = Files.writeString(folder.resolve("base.json"), json(placement("a1", 10, 10)));
		Path ours = Files.writeString(folder.resolve("ours.json"), json(placement("a1", 11, 11)));
		Path theirs = Files.writeString(folder.resolve("theirs.json"), json(placement("a1", 12, 12), placement("a2", 5, 5)));
		Cli.Run run = cli.run("merge-layout", base.toString(), ours.toString(), theirs.toString(), SIDECAR);
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.err().contains(SIDECAR + ": both sides moved a1; kept ours"), run::toString);
		String merged = Files.readString(ours);
		assertTrue(merged.contains("\"x\": 11.0") && merged.contains("\"a2\""), merged);

		Files.writeString(theirs, "{ not json");
		Cli.Run damaged = cli.run("merge-layout", base.toString(), ours.toString(), theirs.toString());
		assertEquals(2, damaged.exitCode(), damaged::toString);
		assertTrue(damaged.err().contains("not a layout sidecar"), damaged::toString);
	}

	private static String placement(String id, int x, int y) {
		return "  \"" + id + "\": {\n    \"x\": " + x + ".0,\n    \"y\": " + y + ".0\n  }";
	}

	/** A sidecar as the map writes it: Gson's pretty printing, sorted by id. */
	private static String json(String... placements) {
		return "{\n" + String.join(",\n", placements) + "\n}\n";
	}

	private void sidecar(String... placements) throws IOException {
		Files.writeString(folder.resolve(SIDECAR), json(placements));
	}

	private void commit(String message) {
		git("add", ".");
		List<String> result = git("-c", "user.name=Concord test", "-c", "user.email=test@concord.invalid", "commit", "-q", "-m", message);
		assertEquals("0", result.get(0), "git commit: " + result);
	}

	/** Runs git in the test's folder; the first element is the exit code, then what it printed. */
	private List<String> git(String... args) {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		try {
			Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!git.waitFor(120, TimeUnit.SECONDS)) {
				git.destroyForcibly();
				throw new AssertionError("git " + String.join(" ", args) + " did not finish");
			}
			return List.of(String.valueOf(git.exitValue()), out);
		} catch (IOException e) {
			throw new AssertionError("cannot run git: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
