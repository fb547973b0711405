package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An editor's view of {@code concord language-server}: the built command runs as its own process and a
 * real LSP client (LSP4J's client side) talks to it over stdin and stdout.
 */
class LanguageServerProcessTest extends CliTestCase {

	private static final long WAIT_SECONDS = 120;

	private Process server;

	@AfterEach
	void stopServer() {
		if (server != null && server.isAlive()) {
			server.destroyForcibly();
		}
	}

	@Test
	void anEditorGetsDiagnosticsCompletionHoverAndFormattingOverStdio() throws Exception {
		Path hub = folder.resolve("hub.partnership");
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), hub);
		String hubText = Files.readString(hub, StandardCharsets.UTF_8);
		String hubUri = hub.toUri().toString();
		Set<String> rulesTheCliReports = rulesReportedByValidate(hub);

		Client client = new Client();
		server = cli.start("language-server");
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
		launcher.startListening();
		LanguageServer languageServer = launcher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setCapabilities(new ClientCapabilities());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "specs")));
		init.setProcessId((int) ProcessHandle.current().pid());
		assertTrue(languageServer.initialize(init).get(WAIT_SECONDS, TimeUnit.SECONDS).getCapabilities().getHoverProvider().isLeft());
		languageServer.initialized(new InitializedParams());
		languageServer.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(hubUri, "partnership", 1, hubText)));

		// Diagnostics: the same rules the command line reports for the same file, keyed by rule id.
		List<Diagnostic> diagnostics = client.diagnostics(hubUri).get(WAIT_SECONDS, TimeUnit.SECONDS);
		Set<String> codes = diagnostics.stream().map(d -> d.getCode().getLeft()).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(rulesTheCliReports, codes, stderr());

		// Hover on a kind: its definition and its source.
		Position term = positionOf(hubText, hubText.indexOf("frost co-ordination") + "frost ".length() + 1);
		String hover = languageServer.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(hubUri), term))
				.get(WAIT_SECONDS, TimeUnit.SECONDS).getContents().getRight().getValue();
		assertTrue(hover.contains("Frost stage") && hover.contains("_Source:"), hover);

		// Completion after a keyword: the values of that feature.
		String scratch = "model \"scratch\"\npartnership \"p\" {\n\tform \n}\n";
		String scratchUri = folder.resolve("scratch.partnership").toUri().toString();
		languageServer.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(scratchUri, "partnership", 1, scratch)));
		List<CompletionItem> items = languageServer.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(scratchUri), new Position(2, 6)))
				.get(WAIT_SECONDS, TimeUnit.SECONDS).getRight().getItems();
		assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("resource-exchange") && i.getDetail().contains("network form")),
				items.toString());

		// Formatting: the bundled example is already in the canonical layout; a squeezed spec is not.
		assertEquals(hubText, apply(hubText, format(languageServer, hubUri)), "the example is canonical");
		String squeezed = "model \"m\" organisation \"A\" partnership \"p\" {member \"A\" as partner}";
		String squeezedUri = folder.resolve("squeezed.partnership").toUri().toString();
		languageServer.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(squeezedUri, "partnership", 1, squeezed)));
		assertEquals("model \"m\"\n\norganisation \"A\"\n\npartnership \"p\" {\n\tmember \"A\" as partner\n}\n",
				apply(squeezed, format(languageServer, squeezedUri)));

		languageServer.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
		languageServer.exit();
		assertTrue(server.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the server ends after exit");
		assertEquals(0, server.exitValue(), stderr());
	}

	private Set<String> rulesReportedByValidate(Path spec) throws Exception {
		Cli.Run run = cli.run("validate", "--format", "json", spec.getFileName().toString());
		JsonNode report = new ObjectMapper().readTree(run.out());
		Set<String> rules = new TreeSet<>();
		report.findValues("rule").forEach(rule -> rules.add(rule.asText()));
		assertFalse(rules.isEmpty(), run.toString());
		return rules;
	}

	private static List<TextEdit> format(LanguageServer languageServer, String uri) throws Exception {
		return List.copyOf(languageServer.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false)))
				.get(WAIT_SECONDS, TimeUnit.SECONDS));
	}

	/** Applies edits as LSP defines them: every range refers to the text before any edit. */
	private static String apply(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt((TextEdit e) -> offsetOf(text, e.getRange().getStart())).reversed())
				.forEach(e -> result.replace(offsetOf(text, e.getRange().getStart()), offsetOf(text, e.getRange().getEnd()),
						e.getNewText()));
		return result.toString();
	}

	private static int offsetOf(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	private static Position positionOf(String text, int offset) {
		String before = text.substring(0, offset);
		return new Position((int) before.chars().filter(c -> c == '\n').count(), offset - before.lastIndexOf('\n') - 1);
	}

	private String stderr() {
		try {
			return Files.readString(folder.resolve("stderr.txt"));
		} catch (java.io.IOException e) {
			return "(no stderr: " + e + ")";
		}
	}

	/** The editor's side: it records the diagnostics the server publishes for each document. */
	private static final class Client implements LanguageClient {

		private final Map<String, CompletableFuture<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();

		CompletableFuture<List<Diagnostic>> diagnostics(String uri) {
			return diagnostics.computeIfAbsent(uri, u -> new CompletableFuture<>());
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			// The first publication after the workspace is built carries the rule findings.
			diagnostics(params.getUri()).complete(params.getDiagnostics());
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
