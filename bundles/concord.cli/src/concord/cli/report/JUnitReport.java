package concord.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import concord.cli.check.CheckRun;
import concord.cli.check.Problem;

/**
 * JUnit XML, which every CI server shows: one test case per file. A file fails when it has findings
 * at or above --fail-on, and is in error when it could not be read; all findings go to system-out.
 */
final class JUnitReport implements ReportFormat.Report {

	@Override
	public void write(CheckRun run, Writer out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(out));
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			long failures = run.files().stream().filter(f -> fails(run, f) && !broken(run, f)).count();
			long errors = run.files().stream().filter(f -> broken(run, f)).count();
			xml.writeStartElement("testsuite");
			xml.writeAttribute("name", "concord validate");
			xml.writeAttribute("tests", Integer.toString(run.files().size()));
			xml.writeAttribute("failures", Long.toString(failures));
			xml.writeAttribute("errors", Long.toString(errors));
			xml.writeAttribute("skipped", "0");
			for (Path file : run.files()) {
				writeCase(xml, run, file);
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
		}
	}

	private static void writeCase(XMLStreamWriter xml, CheckRun run, Path file) throws XMLStreamException {
		List<Problem> problems = run.problemsOf(file);
		xml.writeCharacters("\n  ");
		xml.writeStartElement("testcase");
		xml.writeAttribute("classname", "concord.validate");
		xml.writeAttribute("name", file.toString());
		if (broken(run, file)) {
			Problem first = problems.stream().filter(Problem::isInputError).findFirst().orElseThrow();
			xml.writeStartElement("error");
			xml.writeAttribute("type", first.code());
			xml.writeAttribute("message", TextReport.line(first));
			xml.writeEndElement();
		} else if (fails(run, file)) {
			List<Problem> failing = problems.stream().filter(p -> p.atLeast(run.failOn())).toList();
			xml.writeStartElement("failure");
			xml.writeAttribute("type", failing.get(0).code());
			xml.writeAttribute("message", failing.size() + " finding(s) at or above " + run.failOn().word());
			xml.writeCharacters(lines(failing));
			xml.writeEndElement();
		}
		if (!problems.isEmpty()) {
			xml.writeStartElement("system-out");
			xml.writeCharacters(lines(problems));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static boolean fails(CheckRun run, Path file) {
		return run.problemsOf(file).stream().anyMatch(p -> p.atLeast(run.failOn()));
	}

	private static boolean broken(CheckRun run, Path file) {
		return run.problemsOf(file).stream().anyMatch(Problem::isInputError);
	}

	private static String lines(List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			text.append(TextReport.line(problem)).append('\n');
		}
		return text.toString();
	}
}
