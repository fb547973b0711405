package concord.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that prints a list as text or JSON (diff, network): the options they share and where they
 * print, in one place (picocli reads the annotated fields of a superclass too).
 */
abstract class ListingCommand implements Callable<Integer> {

	@Mixin
	ListFormat format;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public final Integer call() throws Exception {
		boolean json = format.json();
		PrintWriter out = spec.commandLine().getOut();
		int exit = list(json, out);
		out.flush();
		return exit;
	}

	/** Prints the list, as JSON when {@code json}; returns the exit code. */
	protected abstract int list(boolean json, PrintWriter out) throws Exception;
}
