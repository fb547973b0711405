package concord.cli.commands;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} for the subcommands written as methods (template list, new, ...), which picocli's
 * standard help options do not reach; without it, {@code --help} failed on the missing parameters.
 * (The standard mixin would also add {@code --version}, which {@code template save} uses for the pack's.)
 */
public final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help message and exit.")
	boolean help;
}
