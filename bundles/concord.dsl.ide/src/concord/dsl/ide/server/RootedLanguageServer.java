package concord.dsl.ide.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's server needs a root folder to index; editors that announce only workspace folders, or none
 * (a single file opened from a shell), get the first folder or the working directory as the root
 * instead of an internal error.
 */
public class RootedLanguageServer extends LanguageServerImpl {

	@Override
	@SuppressWarnings("deprecation") // rootUri is deprecated in favour of workspace folders, which Xtext reads only with it
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getRootUri() == null && params.getRootPath() == null) {
			boolean hasFolders = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty();
			params.setRootUri(hasFolders ? params.getWorkspaceFolders().get(0).getUri() : Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}
}
