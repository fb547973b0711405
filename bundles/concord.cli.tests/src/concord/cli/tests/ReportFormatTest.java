package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The machine-readable report formats: JSON for scripts, SARIF for code scanning, JUnit for CI. */
class ReportFormatTest extends CliTestCase {

	private static final ObjectMapper JSON = new ObjectMapper();

	@BeforeEach
	void setUp() {
		Specs.hubXmi(folder.resolve("hub.partnership.xmi"));
	}

	@Test
	void jsonListsFindingsWithRuleSourceAndElement() throws Exception {
		Cli.Run run = cli.run("validate", "--format", "json", "hub.partnership.xmi");
		JsonNode report = JSON.readTree(run.out());
		assertEquals("hub.partnership.xmi", report.get("files").get(0).asText());
		JsonNode first = report.get("findings").get(0);
		assertTrue(first.get("rule").asText().matches("[A-Z]{2}-\\d{2}"), first::toString);
		assertTrue(first.has("source") && first.has("element") && first.has("message"), first::toString);
		assertEquals(report.get("findings").size(),
				report.get("summary").get("error").asInt() + report.get("summary").get("warning").asInt()
						+ report.get("summary").get("info").asInt());
	}

	@Test
	void sarifIsValidAgainstTheSarif210Schema() throws Exception {
		Cli.Run run = cli.run("validate", "--format", "sarif", "hub.partnership.xmi");
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode log = JSON.readTree(run.out());
		JsonSchema schema;
		try (InputStream in = SarifSchema210.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
		Set<ValidationMessage> errors = schema.validate(log);
		assertTrue(errors.isEmpty(), () -> "SARIF schema violations: " + errors);
		JsonNode results = log.get("runs").get(0).get("results");
		assertTrue(results.size() > 0);
		JsonNode rules = log.get("runs").get(0).get("tool").get("driver").get("rules");
		for (JsonNode result : results) {
			assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
		}
	}

	@Test
	void junitHasOneTestCasePerFileFailingAtTheThreshold() throws Exception {
		Specs.hubXmi(folder.resolve("second.partnership.xmi"));
		Cli.Run run = cli.run("validate", "--format", "junit", "--fail-on", "warning", "hub.partnership.xmi",
				"second.partnership.xmi");
		assertEquals(1, run.exitCode(), run::toString);
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(run.out())));
		assertEquals(2, xml.getElementsByTagName("testcase").getLength());
		assertEquals(2, xml.getElementsByTagName("failure").getLength());
		assertEquals("2", xml.getDocumentElement().getAttribute("failures"));
	}
}
