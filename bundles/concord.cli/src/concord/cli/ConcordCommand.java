package concord.cli;

import concord.cli.commands.ConvertCommand;
import concord.cli.commands.DiffCommand;
import concord.cli.commands.ExplainCommand;
import concord.cli.commands.ExportCommand;
import concord.cli.commands.FormatCommand;
import concord.cli.commands.ImportCommand;
import concord.cli.commands.LanguageServerCommand;
import concord.cli.commands.MergeLayoutCommand;
import concord.cli.commands.NetworkCommand;
import concord.cli.commands.RenderCommand;
import concord.cli.commands.ReportCommand;
import concord.cli.commands.ServeCommand;
import concord.cli.commands.TemplateCommand;
import concord.cli.commands.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code concord} command: only dispatches to its subcommands. */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = ConcordVersion.class,
		description = "Check, convert, format and explain partnership models; open them as maps in a browser.",
		subcommands = { ValidateCommand.class, ConvertCommand.class, FormatCommand.class, ExplainCommand.class, TemplateCommand.class,
				LanguageServerCommand.class, ServeCommand.class, ImportCommand.class, ExportCommand.class, DiffCommand.class,
				MergeLayoutCommand.class, NetworkCommand.class, RenderCommand.class, ReportCommand.class,
				CommandLine.HelpCommand.class })
public final class ConcordCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, convert, format, explain, template, language-server or serve");
	}

	/** A command line wired with Concord's exit codes and error reporting. */
	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new ConcordCommand());
		commandLine.setExecutionExceptionHandler(new ErrorReporter());
		commandLine.setParameterExceptionHandler(new UsageErrorReporter());
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine;
	}
}
