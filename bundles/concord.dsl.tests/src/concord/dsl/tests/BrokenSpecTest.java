package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.model.partnership.PartnershipModel;

/** Broken specs give positioned diagnostics, never an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class BrokenSpecTest {

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	ValidationTestHelper validation;
	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Test
	void aLevelFromAnotherScaleNamesTheScaleItBelongsTo() throws Exception {
		PartnershipModel model = parser.parse("""
				model "m"
				partnership "p" {
					integration current { frost coordination }
				}
				""");
		List<Resource.Diagnostic> errors = model.eResource().getErrors();
		assertEquals(1, errors.size(), errors::toString);
		Resource.Diagnostic error = errors.get(0);
		assertEquals(3, error.getLine());
		assertTrue(error.getMessage().startsWith("'coordination' is a Keast level, not a Frost stage"), error.getMessage());
		assertTrue(error.getMessage().contains("WF-06") && error.getMessage().contains("merger-and-integration"),
				error.getMessage());
	}

	@Test
	void anUnknownNameIsAnErrorWhereItIsWritten() throws Exception {
		PartnershipModel model = parser.parse("""
				model "m"
				organisation "Victim Support"
				partnership "p" {
					member "Victim Suport" as partner
				}
				""");
		List<Issue> errors = errors(model).stream()
				.filter(i -> org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())).toList();
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(4, errors.get(0).getLineNumber());
		assertEquals(9, errors.get(0).getColumn());
		assertTrue(errors.get(0).getMessage().contains("Victim Suport"), errors.get(0).getMessage());
	}

	@Test
	void duplicateNamesAreReported() throws Exception {
		PartnershipModel model = parser.parse("""
				model "m"
				organisation "Victim Support"
				organisation "Victim Support"
				""");
		assertFalse(errors(model).isEmpty(), "two organisations with one name");
	}

	@Test
	void anUnknownKeywordIsASyntaxErrorAtItsLine() throws Exception {
		PartnershipModel model = parser.parse("""
				model "m"
				partnership "p" {
					budgetz "lots"
				}
				""");
		assertFalse(model.eResource().getErrors().isEmpty());
		assertEquals(3, model.eResource().getErrors().get(0).getLine());
	}

	@Test
	void emptyTruncatedAndGarbageInputGiveErrorsNotExceptions() throws Exception {
		for (String text : List.of("", "model \"m\" partnership \"p\" { driver problem-focused weight",
				new String(new char[] { 0, 1, 2, 0xFFFD, '{', '}', 7, 'x' }))) {
			PartnershipModel model = parser.parse(text);
			if (model != null) {
				assertFalse(model.eResource().getErrors().isEmpty(), "no error for: " + text);
				validation.validate(model); // must not throw either
			}
		}
	}

	@Test
	void aNameOtherSpecsDeclareMustBeQualifiedAndTheErrorSaysHow() throws Exception {
		XtextResourceSet specs = resourceSets.get();
		parser.parse("model \"Library A\"\norganisation \"Victim Support\"\n", URI.createURI("a.partnership"), specs);
		parser.parse("model \"Library B\"\norganisation \"Victim Support\"\n", URI.createURI("b.partnership"), specs);
		PartnershipModel hub = parser.parse("""
				model "Hub"
				partnership "p" {
					member "Victim Support"
				}
				""", URI.createURI("hub.partnership"), specs);
		List<Issue> unresolved = errors(hub).stream()
				.filter(i -> org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())).toList();
		assertEquals(1, unresolved.size(), unresolved::toString);
		Issue error = unresolved.get(0);
		assertEquals(3, error.getLineNumber());
		assertEquals(9, error.getColumn());
		assertTrue(error.getMessage().contains("\"Library A\"::\"Victim Support\" and \"Library B\"::\"Victim Support\""),
				error.getMessage());
	}

	@Test
	void aTenMegabyteSpecCutOffAtTheEndGivesItsErrorOnTheLastLine() throws Exception {
		StringBuilder text = new StringBuilder("model \"Large\"\n");
		int organisations = 0;
		while (text.length() < 10_000_000) {
			text.append("organisation \"Agency ").append(organisations++).append("\" {\n\tsector statutory-public\n\tregion \"North\"\n}\n");
		}
		text.append("partnership \"Everyone\" {\n");
		for (int i = 0; i < organisations; i += 10) {
			text.append("\tmember \"Agency ").append(i).append("\" as partner\n");
		}
		int lastLine = (int) text.chars().filter(c -> c == '\n').count() + 1;
		text.append("\tdriver ecological weight"); // cut off mid-statement
		long start = System.nanoTime();
		PartnershipModel model = parser.parse(text);
		List<Issue> issues = validation.validate(model);
		System.out.printf("10 MB spec (%d organisations): parsed, linked and validated in %d ms%n", organisations,
				(System.nanoTime() - start) / 1_000_000);
		assertEquals(organisations, model.getActors().size());
		List<Issue> syntax = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR && i.isSyntaxError()).toList();
		assertFalse(syntax.isEmpty(), "no syntax error for the cut-off statement");
		assertTrue(syntax.stream().allMatch(i -> i.getLineNumber() >= lastLine), syntax::toString);
	}

	private List<Issue> errors(PartnershipModel model) {
		return validation.validate(model).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}
}
