package concord.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

import concord.cli.check.CheckRun;

/** The formats {@code concord validate --format} writes; each knows how to write a run. */
public enum ReportFormat {
	TEXT(TextReport::new),
	JSON(JsonReport::new),
	SARIF(SarifReport::new),
	JUNIT(JUnitReport::new);

	// Created on use: the JSON writers pull in Jackson, which a text report should not pay for.
	private final Supplier<Report> report;

	ReportFormat(Supplier<Report> report) {
		this.report = report;
	}

	public void write(CheckRun run, Writer out) throws IOException {
		report.get().write(run, out);
	}

	/** One output format of validation results. */
	interface Report {
		void write(CheckRun run, Writer out) throws IOException;
	}
}
