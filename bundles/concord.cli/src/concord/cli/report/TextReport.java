package concord.cli.report;

import java.io.IOException;
import java.io.Writer;

import concord.cli.check.CheckRun;
import concord.cli.check.Problem;
import concord.validation.catalogue.FindingText;

/**
 * The compiler-style format editors and terminals understand:
 * {@code file:line:column: severity [rule-id] message (source)}, then a summary line.
 */
final class TextReport implements ReportFormat.Report {

	@Override
	public void write(CheckRun run, Writer out) throws IOException {
		for (Problem problem : run.problems()) {
			out.write(line(problem));
			out.write(System.lineSeparator());
		}
		out.write(run.summary());
		out.write(System.lineSeparator());
	}

	static String line(Problem problem) {
		StringBuilder line = new StringBuilder(problem.location()).append(": ")
				.append(problem.severity().word()).append(" [").append(problem.code()).append("] ")
				.append(FindingText.cited(problem.message(), problem.source()));
		if (problem.line() <= 0 && !problem.element().isEmpty()) {
			line.append(" at ").append(problem.element());
		}
		return line.toString();
	}
}
