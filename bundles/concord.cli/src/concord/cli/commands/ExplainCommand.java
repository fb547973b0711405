package concord.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.IGrammarAccess;

import concord.cli.exit.InputError;
import concord.dsl.PartnershipStandaloneSetup;
import concord.dsl.ide.concepts.LanguageWords;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.PartnershipPackage;
import concord.validation.RuleCatalogue;
import concord.validation.RulePages;
import concord.validation.RuleWords;
import concord.validation.catalogue.Category;
import concord.validation.catalogue.PlaceholderWords;
import concord.validation.catalogue.Rule;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord explain}: what a rule, a keyword or a concept means and where it comes from, in the
 * language's own words (kinds as a spec writes them, with a statement that uses them). A word that is a
 * different thing in several frameworks ("collaboration" is a rung on three scales) lists them all.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = { "Explain a rule (e.g. DF-03), a keyword of the language (e.g. form) or a concept "
				+ "(e.g. guardian-angel, co-ordination); --rules lists the rules." })
public final class ExplainCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "RULE|KEYWORD|CONCEPT")
	String topic;

	@Option(names = "--rules", description = "List the rules of the catalogue: id, severity and message.")
	boolean rules;

	@Option(names = "--category", paramLabel = "CATEGORY",
			description = "With --rules: only one category, by its prefix (DF) or a word of its title (leadership).")
	String category;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (rules || category != null) {
			listRules(out);
			return 0;
		}
		if (topic == null || topic.isBlank()) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"Name a rule, a keyword or a concept (e.g. DF-03, form, guardian-angel), or list the rules with --rules");
		}
		Optional<Rule> rule = RuleCatalogue.standard().find(topic.trim().toUpperCase(Locale.ROOT));
		if (rule.isPresent()) {
			explain(rule.get(), out);
			return 0;
		}
		LanguageWords words = LanguageWords.of(new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IGrammarAccess.class).getGrammar());
		List<EStructuralFeature> features = words.featuresOf(topic.trim());
		List<ENamedElement> concepts = concepts(key(topic));
		if (features.isEmpty() && concepts.isEmpty()) {
			throw new InputError("no rule, keyword or concept called '" + topic + "'" + suggestions());
		}
		boolean first = true;
		for (EStructuralFeature feature : features) {
			first = separate(first, out);
			explain(topic.trim(), feature, words, out);
		}
		for (ENamedElement concept : concepts) {
			first = separate(first, out);
			explain(concept, words, out);
		}
		return 0;
	}

	private static boolean separate(boolean first, PrintWriter out) {
		if (!first) {
			out.println();
		}
		return false;
	}

	private void listRules(PrintWriter out) {
		List<Category> categories = Stream.of(Category.values()).filter(c -> category == null || category.equalsIgnoreCase(c.prefix())
				|| c.title().toLowerCase(Locale.ROOT).contains(category.toLowerCase(Locale.ROOT))).toList();
		if (categories.isEmpty()) {
			throw new InputError("no rule category '" + category + "'; the categories are "
					+ String.join(", ", Stream.of(Category.values()).map(c -> c.prefix() + " (" + c.title() + ")").toList()));
		}
		for (Category c : categories) {
			out.println(c.prefix() + ": " + c.title());
			for (Rule rule : RuleCatalogue.standard().rules(c)) {
				out.printf("  %-6s %-8s %s%n", rule.id(), rule.severity().word(), RuleWords.summary(rule));
			}
		}
		out.println("'concord explain RULE-ID' tells more about one rule.");
	}

	private static void explain(Rule rule, PrintWriter out) {
		out.println(rule.id() + "  " + rule.category().title());
		out.println("  Severity: " + rule.severity().word()
				+ (rule.severityNote().isEmpty() ? "" : " (" + rule.severityNote() + ")"));
		out.println("  Kind:     " + rule.kind().word() + " (" + rule.kind().description() + ")");
		out.println("  Message:  " + PlaceholderWords.describe(rule));
		out.println("  Source:   " + rule.source());
		if (rule.inference()) {
			out.println("  Note:     an inference from the source's table layout; 'disable " + rule.id()
					+ "' or 'disable inferences' in a profile switches it off.");
		}
		RulePages.page(rule.id()).ifPresent(page -> out.println("  More:     docs/" + page));
	}

	/** A keyword: what its statement records, in which element, the values it takes and a statement that uses it. */
	private static void explain(String keyword, EStructuralFeature feature, LanguageWords words, PrintWriter out) {
		String container = LiteralDoc.of(feature.getEContainingClass()).label();
		out.println(keyword + "  (a statement of " + container + ")");
		String documentation = EcoreUtil.getDocumentation(feature);
		String records = documentation != null && !documentation.isBlank() ? documentation
				: feature.getEType() instanceof EEnum values ? "the " + LiteralDoc.of(values).label() + " of the " + container
						: "the " + feature.getName().replace('-', ' ') + " of the " + container;
		out.println("  Records: " + records);
		if (feature.getEType() instanceof EEnum values) {
			out.println("  Values:  " + LiteralDoc.of(values).label() + ": " + String.join(", ", written(values, words)));
		}
		out.println("  Example: " + words.example(keyword, feature));
	}

	private static void explain(ENamedElement concept, LanguageWords words, PrintWriter out) {
		LiteralDoc doc = LiteralDoc.of(concept);
		String kind = switch (concept) {
		case EEnumLiteral literal -> words.written(literal).map(w -> w + ": ").orElse("") + "a value of "
				+ LiteralDoc.of(literal.getEEnum()).label();
		case EEnum e -> "a kind, " + e.getELiterals().size() + " values";
		default -> "an element of a partnership model";
		};
		out.println(doc.label() + "  (" + kind + ")");
		if (!doc.definition().isEmpty()) {
			out.println("  " + doc.definition());
		}
		doc.citation().ifPresent(citation -> out.println("  Source: " + citation.reference()));
		if (concept instanceof EEnum e) {
			out.println("  Values: " + String.join(", ", written(e, words)));
		}
		if (concept instanceof EEnumLiteral literal) {
			words.example(literal).ifPresent(example -> out.println("  Example: " + example));
		}
	}

	private static List<String> written(EEnum values, LanguageWords words) {
		return values.getELiterals().stream().map(l -> words.written(l).orElse(l.getLiteral())).toList();
	}

	/** Classes, kinds and values whose name or source label matches, ignoring case, spaces and dashes. */
	private static List<ENamedElement> concepts(String key) {
		List<ENamedElement> found = new ArrayList<>();
		for (EClassifier classifier : PartnershipPackage.eINSTANCE.getEClassifiers()) {
			if (key(classifier.getName()).equals(key)) {
				found.add(classifier);
			}
			if (classifier instanceof EEnum e) {
				for (EEnumLiteral literal : e.getELiterals()) {
					if (key(literal.getName()).equals(key) || key(literal.getLiteral()).equals(key)) {
						found.add(literal);
					}
				}
			}
		}
		return found;
	}

	private String suggestions() {
		String key = key(topic);
		List<String> near = new ArrayList<>();
		for (Rule rule : RuleCatalogue.standard().rules()) {
			if (key.length() >= 2 && key(rule.id()).startsWith(key)) {
				near.add(rule.id());
			}
		}
		for (EClassifier classifier : PartnershipPackage.eINSTANCE.getEClassifiers()) {
			if (key.length() >= 3 && key(classifier.getName()).contains(key)) {
				near.add(classifier.getName());
			}
			if (classifier instanceof EEnum e) {
				for (EEnumLiteral literal : e.getELiterals()) {
					if (key.length() >= 3 && key(literal.getLiteral()).contains(key)) {
						near.add(literal.getLiteral().replace(' ', '-'));
					}
				}
			}
		}
		if (near.isEmpty()) {
			return "; rule ids look like DF-03, concepts like guardian-angel (see docs/rules.md, docs/metamodel.md)";
		}
		return "; did you mean: " + String.join(", ", near.stream().distinct().limit(8).toList()) + "?";
	}

	private static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
