package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.dsl.resource.PartnershipTextResource;

/**
 * The language on the hostile inputs of cases/reliability: what a person sees (the error, its line and
 * column, how many diagnostics) must hold for every reader of the language, command line or editor.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class HostileTextTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;
	@Inject
	ValidationTestHelper validation;

	private Resource load(String name) {
		return Cases.load(resourceSets.get(), name, Cases.bytes(name));
	}

	@Test
	void invalidUtf8IsAnErrorAtTheFirstInvalidByte() {
		Resource spec = load("silent-invalid-utf8.partnership");
		Resource.Diagnostic first = spec.getErrors().get(0);
		assertEquals(2, first.getLine());
		assertEquals(28, first.getColumn());
		assertEquals("the file is not valid UTF-8: byte 0xE9 at line 2, column 28 cannot be read; save the file as UTF-8",
				first.getMessage());
		List<Issue> issues = validation.validate(spec);
		assertTrue(issues.stream().anyMatch(i -> Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode()) && i.getLineNumber() == 2
				&& i.getColumn() == 28 && i.getMessage().contains("not valid UTF-8")), issues::toString);
	}

	@Test
	void validUtf8ReadsWithoutAnEncodingError() {
		Resource spec = Cases.load(resourceSets.get(), "ok.partnership",
				"model \"Café\"\norganisation \"Ærø kommune\" { sector statutory-public }\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), spec.getErrors());
	}

	@Test
	void eightThousandNestedMistakesOnOneLineAreOneError() {
		Resource spec = load("hang-quadratic-syntax-errors-8000.partnership");
		List<Resource.Diagnostic> errors = spec.getErrors();
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(4, errors.get(0).getLine());
		assertTrue(errors.get(0).getMessage().startsWith("`member` is not a statement inside `member { }`"), errors.get(0).getMessage());
	}

	@Test
	void eightThousandSyntaxErrorsAreCappedWithTheCountOfTheRest() {
		StringBuilder text = new StringBuilder("model \"x\"\n");
		for (int i = 0; i < 8_000; i++) {
			text.append("organisation Victim\n"); // each statement one error
		}
		Resource spec = Cases.load(resourceSets.get(), "many.partnership", text.toString().getBytes(StandardCharsets.UTF_8));
		List<Resource.Diagnostic> errors = spec.getErrors();
		assertEquals(PartnershipTextResource.MAX_SYNTAX_ERRORS + 1, errors.size());
		assertEquals("... and 7900 more syntax errors (only the first 100 are reported)", errors.get(errors.size() - 1).getMessage());
		assertEquals(102, errors.get(errors.size() - 1).getLine(), "the count is placed where the first unreported error is");
	}

	@Test
	void twentyThousandUnresolvedNamesGiveTwentyThousandPositionedErrors() {
		Resource spec = load("hang-quadratic-unresolved-refs-20000.partnership");
		List<Issue> unresolved = validation.validate(spec).stream().filter(i -> Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode()))
				.toList();
		assertEquals(20_000, unresolved.size());
		Issue last = unresolved.get(unresolved.size() - 1);
		assertEquals(20_003, last.getLineNumber());
		assertTrue(last.getMessage().contains("nobody19999"), last.getMessage());
	}

	@Test
	void aRepeatedPurposeAndSectorAreErrorsAtTheSecondStatement() {
		Resource spec = load("silent-duplicate-purpose-and-sector.partnership");
		EcoreUtil.resolveAll(spec);
		List<Issue> errors = validation.validate(spec.getContents().get(0)).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertTrue(errors.stream().anyMatch(e -> e.getLineNumber() == 4 && e.getMessage().startsWith("'sector' is already given on line 3")),
				errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.getLineNumber() == 9 && e.getMessage().startsWith("'purpose' is already given on line 8")),
				errors.toString());
	}

	@Test
	void anEscapedNameInAReferenceIsTheNameItsDeclarationEscapes() {
		Resource spec = load("escaped-name-unresolvable.partnership");
		EcoreUtil.resolveAll(spec);
		assertEquals(List.of(), spec.getErrors());
	}

	@Test
	void aModelWrittenAsTextReadsBackWithEveryReference() throws Exception {
		assertEquals(List.of(), load("roundtrip-apostrophe.converted-back.partnership").getErrors(),
				"the text Concord wrote before this fix");
		Resource original = load("roundtrip-apostrophe.partnership");
		EcoreUtil.resolveAll(original);
		assertEquals(List.of(), original.getErrors());
		Resource copy = resourceSets.get().createResource(org.eclipse.emf.common.util.URI.createURI("copy.partnership"));
		copy.getContents().addAll(EcoreUtil.copyAll(original.getContents()));
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		copy.save(written, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
		Resource back = Cases.load(resourceSets.get(), "back.partnership", written.toByteArray());
		EcoreUtil.resolveAll(back);
		assertEquals(List.of(), back.getErrors(), written::toString);
		assertTrue(written.toString(StandardCharsets.UTF_8).contains("competes-with \"Children"), written::toString);
	}
}
