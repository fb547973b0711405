package concord.cli.commands;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import concord.dsl.ide.server.PartnershipLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code concord language-server}: the partnership language for any LSP editor (VS Code, Neovim, Emacs),
 * over stdin and stdout. It runs until the editor closes the connection.
 */
@Command(name = "language-server", mixinStandardHelpOptions = true,
		description = { "Serve the partnership language over stdin/stdout (Language Server Protocol) for editors "
				+ "such as VS Code or Neovim: diagnostics with rule ids, completion, hover, symbols, references, rename, "
				+ "semantic tokens, quick fixes and formatting." })
public final class LanguageServerCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException {
		PrintStream protocol = System.out;
		// stdout carries protocol messages only: anything a library prints goes to stderr instead.
		System.setOut(System.err);
		PartnershipLanguageServer.serve(System.in, protocol);
		return 0;
	}
}
