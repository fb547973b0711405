package concord.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;

import concord.cli.exit.InputError;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.PartnershipPackage;
import concord.validation.RuleCatalogue;
import concord.validation.catalogue.PlaceholderWords;
import concord.validation.catalogue.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord explain}: what a rule or a concept means and where it comes from. A word that is a
 * different thing in several frameworks ("collaboration" is a rung on three scales) lists them all.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = { "Explain a rule (e.g. DF-03) or a concept (e.g. guardian-angel, RoleAssignment, co-ordination)." })
public final class ExplainCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RULE|CONCEPT")
	String topic;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		Optional<Rule> rule = RuleCatalogue.standard().find(topic.trim().toUpperCase(Locale.ROOT));
		if (rule.isPresent()) {
			explain(rule.get(), out);
			return 0;
		}
		List<ENamedElement> concepts = concepts(key(topic));
		if (concepts.isEmpty()) {
			throw new InputError("no rule or concept called '" + topic + "'" + suggestions());
		}
		for (int i = 0; i < concepts.size(); i++) {
			if (i > 0) {
				out.println();
			}
			explain(concepts.get(i), out);
		}
		return 0;
	}

	private static void explain(Rule rule, PrintWriter out) {
		out.println(rule.id() + "  " + rule.category().title());
		out.println("  Severity: " + rule.severity().word()
				+ (rule.severityNote().isEmpty() ? "" : " (" + rule.severityNote() + ")"));
		out.println("  Message:  " + PlaceholderWords.describe(rule));
		out.println("  Source:   " + rule.source());
		if (rule.inference()) {
			out.println("  Note:     an inference from the source's table layout; 'disable " + rule.id()
					+ "' or 'disable inferences' in a profile switches it off.");
		}
	}

	private static void explain(ENamedElement concept, PrintWriter out) {
		LiteralDoc doc = LiteralDoc.of(concept);
		String kind = switch (concept) {
		case EEnumLiteral literal -> "a value of " + literal.getEEnum().getName();
		case EEnum e -> "a kind (" + e.getELiterals().size() + " values)";
		default -> "a model element";
		};
		out.println(doc.label() + "  (" + concept.getName() + ", " + kind + ")");
		if (!doc.definition().isEmpty()) {
			out.println("  " + doc.definition());
		}
		doc.citation().ifPresent(citation -> out.println("  Source: " + citation.reference()));
		if (concept instanceof EEnum e) {
			for (EEnumLiteral literal : e.getELiterals()) {
				out.println("    - " + literal.getLiteral());
			}
		}
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
