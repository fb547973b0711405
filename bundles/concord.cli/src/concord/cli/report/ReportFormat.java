package concord.cli.report;

import java.io.IOException;
import java.io.Writer;

import concord.cli.check.CheckRun;

/** The formats {@code concord validate --format} writes; each knows how to write a run. */
public enum ReportFormat {
	TEXT(new TextReport()),
	JSON(new JsonReport()),
	SARIF(new SarifReport()),
	JUNIT(new JUnitReport());

	private final Report report;

	ReportFormat(Report report) {
		this.report = report;
	}

	public void write(CheckRun run, Writer out) throws IOException {
		report.write(run, out);
	}

	/** One output format of validation results. */
	interface Report {
		void write(CheckRun run, Writer out) throws IOException;
	}
}
