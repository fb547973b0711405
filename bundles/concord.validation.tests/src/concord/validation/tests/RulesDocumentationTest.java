package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import concord.validation.RuleCatalogue;
import concord.validation.RuleDocumentation;
import concord.validation.catalogue.Rule;

/**
 * docs/rules.md must list exactly what the catalogue holds. Run with
 * {@code -Dconcord.rules.doc.write=true} to rewrite the generated part instead of failing.
 */
class RulesDocumentationTest {

	@Test
	void rulesPageMatchesTheCatalogue() throws IOException {
		Path page = rulesPage();
		String current = Files.readString(page, StandardCharsets.UTF_8);
		String generated = RuleDocumentation.regenerate(current, RuleCatalogue.standard());
		if (Boolean.getBoolean("concord.rules.doc.write") && !generated.equals(current)) {
			Files.writeString(page, generated, StandardCharsets.UTF_8);
			current = generated;
		}
		assertEquals(generated, current, "docs/rules.md is out of date: rerun with -Dconcord.rules.doc.write=true");
	}

	@Test
	void referenceListsEveryRuleWithItsSource() {
		String reference = RuleDocumentation.reference(RuleCatalogue.standard());
		for (Rule rule : RuleCatalogue.standard().rules()) {
			assertTrue(reference.contains("| " + rule.id() + " | " + rule.severity().word()), rule.id());
		}
	}

	/** The page given by the build, else found from the tests bundle's directory. */
	private static Path rulesPage() {
		String configured = System.getProperty("concord.rules.doc");
		Path page = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../docs/rules.md");
		assertTrue(Files.isRegularFile(page), "docs/rules.md not found at " + page.toAbsolutePath());
		return page;
	}
}
