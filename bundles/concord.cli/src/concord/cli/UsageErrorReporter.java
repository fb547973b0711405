package concord.cli;

import java.io.PrintWriter;

import concord.cli.exit.ExitCode;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong command line: say what is wrong and how to get help, then exit 2. */
final class UsageErrorReporter implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException exception, String[] args) {
		CommandLine commandLine = exception.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println("concord: " + exception.getMessage());
		err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
		return ExitCode.INPUT_ERROR;
	}
}
