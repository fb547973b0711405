package concord.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import concord.validation.catalogue.Category;

/**
 * Where a reader finds out more about a finding: the section of docs/rules.md that lists its rule, or
 * the language page's "Broken input" for syntax and reference errors. The documentation folder is the
 * {@code concord.docs} system property (the command line's launcher sets it to the docs/ it ships); with
 * none there is no page to link to.
 */
public final class RulePages {

	/** The system property naming the folder of Concord's Markdown documentation. */
	public static final String DOCS_PROPERTY = "concord.docs";

	private RulePages() {
	}

	/** The address of the page about findings with {@code code} (a rule id, "syntax" or "reference"), if the docs are at hand. */
	public static Optional<String> address(String code) {
		String docs = System.getProperty(DOCS_PROPERTY);
		if (docs == null || docs.isBlank() || code == null) {
			return Optional.empty();
		}
		Path folder = Path.of(docs).toAbsolutePath().normalize();
		Optional<String> page = page(code);
		return page.filter(p -> Files.isRegularFile(folder.resolve(p.substring(0, p.indexOf('#')))))
				.map(p -> folder.toUri() + p);
	}

	/** "rules.md#df-drivers-forms-attributes-and-challenges" for DF-03; the file and heading anchor, relative to docs/. */
	public static Optional<String> page(String code) {
		if (code.equals("syntax") || code.equals("reference")) {
			return Optional.of("language.md#broken-input");
		}
		int dash = code.indexOf('-');
		Category category = dash < 0 ? null : Category.ofPrefix(code.substring(0, dash));
		return category == null ? Optional.empty() : Optional.of("rules.md#" + anchor(category.prefix() + ": " + category.title()));
	}

	/** A Markdown heading's anchor as GitHub and most viewers make it: lower case, punctuation dropped, spaces as dashes. */
	static String anchor(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
	}
}
