package concord.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the {@code concord} command. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		int code = run(args, out, err);
		out.flush(); // System.exit does not flush what a command printed without a final newline
		err.flush();
		System.exit(code);
	}

	/** Runs one command line and returns its exit code; tests call this in process as well. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = ConcordCommand.commandLine();
		commandLine.setOut(out);
		commandLine.setErr(err);
		return commandLine.execute(args);
	}
}
