package concord.cli.commands;

import picocli.CommandLine.Option;

/** The --debug switch every subcommand shares (as a picocli mixin). */
public final class DebugOption {

	@Option(names = "--debug", description = "Print stack traces of errors.")
	boolean debug;

	public boolean enabled() {
		return debug;
	}
}
