package concord.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import concord.cli.check.CheckRun;
import concord.cli.check.Problem;
import concord.validation.catalogue.Severity;

/** A plain JSON document for scripts: files, findings with positions, and counts. */
final class JsonReport implements ReportFormat.Report {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public void write(CheckRun run, Writer out) throws IOException {
		ObjectNode document = MAPPER.createObjectNode();
		ArrayNode files = document.putArray("files");
		for (Path file : run.files()) {
			files.add(file.toString());
		}
		ArrayNode findings = document.putArray("findings");
		for (Problem problem : run.problems()) {
			ObjectNode finding = findings.addObject();
			finding.put("file", problem.file().toString());
			if (problem.line() > 0) {
				finding.put("line", problem.line());
				finding.put("column", Math.max(problem.column(), 1));
			}
			finding.put("severity", problem.severity().word());
			finding.put("rule", problem.code());
			problem.kind().ifPresent(kind -> finding.put("kind", kind.word()));
			finding.put("message", problem.message());
			if (!problem.source().isEmpty()) {
				finding.put("source", problem.source());
			}
			if (!problem.element().isEmpty()) {
				finding.put("element", problem.element());
			}
		}
		ObjectNode summary = document.putObject("summary");
		for (Severity severity : Severity.values()) {
			summary.put(severity.word(), run.count(severity));
		}
		summary.put("failOn", run.failOn().word());
		summary.put("exitCode", run.exitCode());
		MAPPER.writeValue(new NonClosingWriter(out), document);
		out.write(System.lineSeparator());
	}
}
