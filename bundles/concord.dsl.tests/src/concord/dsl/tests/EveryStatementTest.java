package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import concord.model.partnership.Driver;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.Person;

/**
 * Every statement of the language reads, links, keeps its values through serialisation, and every spec
 * the project ships (examples and template packs) survives a round trip and the canonical layout. The
 * coverage check makes a new grammar statement without an example fail here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class EveryStatementTest {

	static final String EVERY_STATEMENT = "every-statement.partnership";

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	ISerializer serializer;
	@Inject
	IResourceValidator validator;
	@Inject
	IGrammarAccess grammar;
	@Inject
	CanonicalLayout layout;

	@Test
	void theReferenceSpecReadsAndLinksWithoutErrors() throws Exception {
		PartnershipModel model = parser.parse(Specs.text(EVERY_STATEMENT));
		List<Issue> errors = validator.validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), errors::toString);
		Partnership partnership = model.getPartnerships().get(0);
		Driver ecological = partnership.getDrivers().get(0);
		assertEquals(0.5, ecological.getWeight());
		assertEquals("The families' needs cut across services", ecological.getDescription());
		assertEquals(12, partnership.getMeetingsHeld());
		assertTrue(partnership.isGoalsPrescribedInAdvance() && partnership.isMandatory());
		Person ola = (Person) model.getActors().stream().filter(a -> a.getName().equals("Ola Ade")).findFirst().orElseThrow();
		assertEquals(List.of("County Council", "Family Trust"), ola.getFundedBy().stream().map(a -> a.getName()).toList());
		assertEquals("Sam Lee", partnership.getGovernance().getAccountabilityLines().get(0).getTo().getName());
	}

	@Test
	void everyAssignmentOfTheGrammarIsWrittenInAShippedSpec() throws Exception {
		// By rule and feature: "practices a, b" writes the repeated assignment after the comma too.
		Set<String> written = new LinkedHashSet<>();
		for (Path spec : shippedSpecs()) {
			XtextResource resource = (XtextResource) parser.parse(read(spec)).eResource();
			for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
				EObject element = node.getGrammarElement();
				Assignment assignment = element instanceof Assignment a ? a : element == null ? null : GrammarUtil.containingAssignment(element);
				if (assignment != null) {
					written.add(statement(assignment));
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule instanceof ParserRule parserRule && !GrammarUtil.isDatatypeRule(parserRule)) {
				for (Assignment assignment : GrammarUtil.containedAssignments(parserRule)) {
					if (!written.contains(statement(assignment))) {
						missing.add(statement(assignment));
					}
				}
			}
		}
		assertTrue(missing.isEmpty(), "statements no shipped spec writes (add them to " + EVERY_STATEMENT + "): " + missing);
	}

	@Test
	void everyShippedSpecSurvivesSerialisationAndTheCanonicalLayout() throws Exception {
		List<Path> specs = shippedSpecs();
		assertTrue(specs.size() >= 3, specs.toString());
		for (Path spec : specs) {
			String text = read(spec);
			PartnershipModel model = parser.parse(text);
			assertTrue(model.eResource().getErrors().isEmpty(), spec + ": " + model.eResource().getErrors());

			PartnershipModel reread = parser.parse(serializer.serialize(model));
			assertEqualModels(model, reread, spec + ": serialise then parse changed the model");

			String formatted = layout.format(text);
			assertEquals(formatted, layout.format(formatted), spec + ": formatting twice changed the text");
			assertEqualModels(model, parser.parse(formatted), spec + ": formatting changed the model");
			for (String comment : comments(text)) {
				assertTrue(formatted.contains(comment), spec + ": formatting lost the comment " + comment);
			}
		}
	}

	private static String statement(Assignment assignment) {
		return GrammarUtil.containingRule(assignment).getName() + "." + assignment.getFeature();
	}

	private static void assertEqualModels(PartnershipModel expected, PartnershipModel actual, String message) {
		EcoreUtil.resolveAll(expected);
		EcoreUtil.resolveAll(actual);
		assertTrue(new EcoreUtil.EqualityHelper().equals(expected, actual), message);
	}

	private static List<String> comments(String text) {
		List<String> comments = new ArrayList<>();
		Matcher matcher = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL).matcher(text);
		while (matcher.find()) {
			comments.add(matcher.group().strip());
		}
		return comments;
	}

	/** This bundle's examples and the template packs' specs (folders passed by the pom). */
	static List<Path> shippedSpecs() throws IOException {
		List<Path> specs = new ArrayList<>();
		for (String property : List.of("concord.examples", "concord.packs")) {
			String folder = System.getProperty(property);
			assertFalse(folder == null, "system property " + property + " is not set (see this bundle's pom.xml)");
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				files.filter(f -> f.toString().endsWith(".partnership")).sorted().forEach(specs::add);
			}
		}
		return specs;
	}

	private static String read(Path spec) throws IOException {
		return Files.readString(spec, StandardCharsets.UTF_8);
	}
}
