package concord.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * The partnership language server: Xtext's LSP implementation with Concord's IDE services, speaking
 * JSON-RPC over a pair of streams (stdio for editors such as VS Code or Neovim).
 */
public final class PartnershipLanguageServer {

	private PartnershipLanguageServer() {
	}

	/**
	 * Serves one client until it closes the input stream or sends {@code exit} (which ends the JVM, as
	 * the protocol asks). The caller keeps anything else off {@code out}: it carries only protocol messages.
	 */
	public static void serve(InputStream in, OutputStream out) throws InterruptedException {
		LanguageServerImpl server = Guice.createInjector(PartnershipServerModule.create()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
		} catch (ExecutionException e) {
			throw new IllegalStateException("The language server's connection failed", e.getCause());
		}
	}
}
