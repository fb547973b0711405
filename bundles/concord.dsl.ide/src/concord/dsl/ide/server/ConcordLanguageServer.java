package concord.dsl.ide.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import concord.dsl.validation.FindingIssues;
import concord.validation.RulePages;
import concord.validation.catalogue.FindingText;

/**
 * Xtext's language server as Concord speaks it. Diagnostics carry Concord's codes ("syntax",
 * "reference" or the rule id), "concord" as their source, a link to the documentation of the rule (or of
 * broken input) as their code description, and a rule finding's message cites its source as everywhere else. Xtext's server needs a root folder to index; editors that announce only workspace
 * folders, or none (a single file opened from a shell), get the first folder or the working directory as
 * the root instead of an internal error.
 */
public class ConcordLanguageServer extends LanguageServerImpl {

	/** What LSP clients show as the diagnostics' origin. */
	public static final String SOURCE = "concord";

	@Override
	@SuppressWarnings("deprecation") // rootUri is deprecated in favour of workspace folders, which Xtext reads only with it
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getRootUri() == null && params.getRootPath() == null) {
			boolean hasFolders = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty();
			params.setRootUri(hasFolders ? params.getWorkspaceFolders().get(0).getUri() : Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		String code = FindingIssues.code(issue);
		diagnostic.setCode(code);
		diagnostic.setSource(SOURCE);
		RulePages.address(code).ifPresent(address -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(address)));
		diagnostic.setMessage(FindingText.cited(issue.getMessage(), FindingIssues.source(issue)));
		return diagnostic;
	}
}
