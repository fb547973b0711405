package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Neovim (Debian's, 0.7.2) as an analyst's editor: it loads the set-up docs/language.md gives
 * (editors/neovim/concord.lua of the distribution, with {@code concord} on the PATH), opens the bundled
 * example and, scripted by neovim/lsp-session.lua, receives diagnostics, hovers, completes, renames,
 * formats, and is refused a rename to a taken name and a rename or format of broken text. The test
 * checks what Neovim ended up with.
 */
class NeovimLanguageServerTest extends CliTestCase {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void neovimGetsDiagnosticsHoverCompletionRenameAndFormatting() throws Exception {
		Path hub = folder.resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), hub);
		String text = Files.readString(hub, StandardCharsets.UTF_8);

		ObjectNode input = JSON.createObjectNode();
		input.set("hover", position(text, text.indexOf("frost co-ordination") + "frost ".length() + 1));
		input.set("completion", position(text, text.indexOf("sector elected-office") + "sector ".length()));
		input.set("rename", position(text, text.indexOf("\"Victim Support\" {") + 1));
		input.put("takenName", "Police force");
		input.put("newName", "Victim Support Wales");
		int modelLine = lineOf(text, "model \"UK victim support hub\"");
		input.put("squeezeLine", modelLine);
		input.put("squeezed", "model    \"UK victim support hub\"  ");
		Path in = folder.resolve("session-in.json");
		Path out = folder.resolve("session-out.json");
		JSON.writeValue(in.toFile(), input);

		JsonNode session = runNeovim(hub, in, out);
		assertTrue(!session.has("error"), session.toString() + "\n" + neovimLog());

		Set<String> codes = new TreeSet<>();
		for (JsonNode diagnostic : session.get("diagnostics")) {
			codes.add(diagnostic.get("code").asText());
			assertEquals("concord", diagnostic.get("source").asText(), diagnostic.toString());
			String href = diagnostic.get("href").asText();
			assertTrue(href.startsWith(cli.home().resolve("docs").toUri() + "rules.md#"), href);
			String heading = href.substring(href.indexOf('#') + 1);
			assertTrue(Files.readAllLines(cli.home().resolve("docs/rules.md")).stream()
					.anyMatch(line -> line.startsWith("### ") && anchor(line.substring(4)).equals(heading)), "no heading for " + href);
		}
		assertTrue(codes.contains("DF-03"), codes.toString());

		assertTrue(session.get("hover").asText().contains("Frost stage") && session.get("hover").asText().contains("_Source:"),
				session.get("hover").asText());
		List<String> labels = new ArrayList<>();
		session.get("completion").forEach(label -> labels.add(label.asText()));
		assertTrue(labels.contains("voluntary-third-sector"), labels.toString());

		assertEquals("'Police force' is already the name of an element of this spec", session.get("takenRefusal").asText());
		String renamed = text.replace("\"Victim Support\"", "\"Victim Support Wales\"");
		assertEquals(renamed, session.get("renamed").asText());
		assertEquals(renamed, session.get("formatted").asText(), "formatting undid the squeezed line and nothing else");

		int brokenLine = (int) text.lines().count() + 1;
		assertEquals("Cannot format while the spec has a syntax error (line " + brokenLine + ", column 13); fix it first",
				session.get("formatRefusal").asText());
		assertEquals("Cannot rename while the spec has a syntax error (line " + brokenLine + ", column 13); fix it first",
				session.get("renameRefusal").asText());
	}

	private JsonNode runNeovim(Path spec, Path in, Path out) throws Exception {
		Path nvim = Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(dir -> Path.of(dir, "nvim"))
				.filter(Files::isExecutable).findFirst()
				.orElseThrow(() -> new AssertionError("Neovim is not installed: apt-get install neovim (.ci/run installs it)"));
		Path setup = cli.home().resolve("editors/neovim/concord.lua");
		ProcessBuilder builder = new ProcessBuilder(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-n",
				"--cmd", "luafile " + setup, spec.toString(), "-c", "luafile " + System.getProperty("concord.neovim.session"))
				.directory(folder.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectOutput(folder.resolve("nvim-out.txt").toFile()).redirectError(folder.resolve("nvim-err.txt").toFile());
		Map<String, String> environment = builder.environment();
		cli.environment(environment);
		environment.put("PATH", cli.home().resolve("bin") + File.pathSeparator + System.getenv("PATH"));
		environment.put("XDG_STATE_HOME", folder.resolve(".state").toString());
		environment.put("XDG_DATA_HOME", folder.resolve(".data").toString());
		environment.put("XDG_CONFIG_HOME", folder.resolve(".config").toString());
		environment.put("CONCORD_SESSION_IN", in.toString());
		environment.put("CONCORD_SESSION_OUT", out.toString());
		Process neovim = builder.start();
		// a safety net for a hung editor, not a measurement: the session's own waits are for conditions
		if (!neovim.waitFor(10, TimeUnit.MINUTES)) {
			neovim.destroyForcibly();
			throw new AssertionError("Neovim did not finish the session\n" + neovimLog());
		}
		assertTrue(Files.exists(out), "Neovim wrote no session (exit " + neovim.exitValue() + ")\n" + neovimLog());
		return JSON.readTree(out.toFile());
	}

	private String neovimLog() {
		StringBuilder log = new StringBuilder();
		for (Path file : List.of(folder.resolve("nvim-err.txt"), folder.resolve(".cache/nvim/lsp.log"), folder.resolve(".state/nvim/lsp.log"))) {
			try {
				log.append("--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
			} catch (java.io.IOException absent) {
				// not written by this Neovim
			}
		}
		return log.toString();
	}

	/** A heading's anchor as docs viewers make it (GitHub's rule). */
	private static String anchor(String heading) {
		return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
	}

	private static ObjectNode position(String text, int offset) {
		String before = text.substring(0, offset);
		ObjectNode position = JSON.createObjectNode();
		position.put("line", (int) before.chars().filter(c -> c == '\n').count());
		position.put("character", offset - before.lastIndexOf('\n') - 1);
		return position;
	}

	private static int lineOf(String text, String snippet) {
		return (int) text.substring(0, text.indexOf(snippet)).chars().filter(c -> c == '\n').count();
	}
}
