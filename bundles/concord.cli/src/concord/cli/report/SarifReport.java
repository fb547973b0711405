package concord.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import concord.cli.check.CheckRun;
import concord.cli.check.Problem;
import concord.validation.RuleCatalogue;
import concord.validation.catalogue.FindingText;
import concord.validation.catalogue.Rule;

/**
 * SARIF 2.1.0, the format code-scanning services read: one run, the rules that fired as reporting
 * descriptors (with their source in the help text), and one result per problem.
 */
final class SarifReport implements ReportFormat.Report {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	@Override
	public void write(CheckRun run, Writer out) throws IOException {
		ObjectNode log = MAPPER.createObjectNode();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		ObjectNode sarifRun = log.putArray("runs").addObject();
		ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
		driver.put("name", "concord");
		driver.put("informationUri", "https://concord.dev/docs/rules");
		ArrayNode rules = driver.putArray("rules");
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		for (Problem problem : run.problems()) {
			ruleIndex.computeIfAbsent(problem.code(), code -> {
				describe(rules.addObject(), code);
				return ruleIndex.size();
			});
		}
		ArrayNode artifacts = sarifRun.putArray("artifacts");
		for (Path file : run.files()) {
			artifacts.addObject().putObject("location").put("uri", uriOf(file));
		}
		ArrayNode results = sarifRun.putArray("results");
		for (Problem problem : run.problems()) {
			ObjectNode result = results.addObject();
			result.put("ruleId", problem.code());
			result.put("ruleIndex", ruleIndex.get(problem.code()));
			result.put("level", problem.severity().sarifLevel());
			result.putObject("message").put("text", FindingText.cited(problem.message(), problem.source()));
			problem.kind().ifPresent(kind -> result.putObject("properties").put("kind", kind.word()));
			ObjectNode location = result.putArray("locations").addObject();
			ObjectNode physical = location.putObject("physicalLocation");
			physical.putObject("artifactLocation").put("uri", uriOf(problem.file()));
			if (problem.line() > 0) {
				ObjectNode region = physical.putObject("region");
				region.put("startLine", problem.line());
				region.put("startColumn", Math.max(problem.column(), 1));
			}
			if (!problem.element().isEmpty()) {
				location.putArray("logicalLocations").addObject().put("fullyQualifiedName", problem.element());
			}
		}
		MAPPER.writeValue(new NonClosingWriter(out), log);
		out.write(System.lineSeparator());
	}

	private static void describe(ObjectNode descriptor, String code) {
		descriptor.put("id", code);
		Optional<Rule> rule = RuleCatalogue.standard().find(code);
		if (rule.isPresent()) {
			Rule r = rule.get();
			descriptor.put("name", r.category().title());
			descriptor.putObject("shortDescription").put("text", r.message());
			descriptor.putObject("help").put("text", "Source: " + r.source());
			descriptor.putObject("defaultConfiguration").put("level", r.severity().sarifLevel());
			ObjectNode properties = descriptor.putObject("properties");
			properties.put("category", r.category().title());
			properties.put("source", r.source());
			properties.put("inference", r.inference());
			properties.put("kind", r.kind().word());
		} else {
			descriptor.putObject("shortDescription").put("text", switch (code) {
			case Problem.SYNTAX -> "The text does not follow the partnership language.";
			case Problem.REFERENCE -> "A name refers to nothing, or to more than one thing.";
			case Problem.LOAD -> "The file cannot be read as a partnership model.";
			default -> "Partnership language check " + code + ".";
			});
			descriptor.putObject("defaultConfiguration").put("level", "error");
		}
	}

	/** A relative URI reference with forward slashes and escapes, as SARIF requires. */
	private static String uriOf(Path file) {
		String path = file.toString().replace('\\', '/');
		try {
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException e) {
			return path;
		}
	}
}
