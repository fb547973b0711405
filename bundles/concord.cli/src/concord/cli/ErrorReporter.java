package concord.cli;

import java.io.PrintWriter;

import concord.cli.exit.ExitCode;
import concord.cli.exit.InputError;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions escaping a command into one line a person can act on. Input problems exit with
 * {@link ExitCode#INPUT_ERROR}; anything else is a defect in Concord ({@link ExitCode#INTERNAL_ERROR}).
 * Stack traces only with --debug.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		boolean debug = parseResult.subcommand() != null
				? parseResult.subcommand().hasMatchedOption("--debug")
				: parseResult.hasMatchedOption("--debug");
		if (exception instanceof InputError) {
			err.println("concord: " + exception.getMessage());
			if (debug) {
				exception.printStackTrace(err);
			}
			return ExitCode.INPUT_ERROR;
		}
		err.println("concord: internal error: " + exception
				+ (debug ? "" : " (run again with --debug for details, and please report it)"));
		if (debug) {
			exception.printStackTrace(err);
		}
		return ExitCode.INTERNAL_ERROR;
	}
}
