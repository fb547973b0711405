package concord.workbench.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;

import concord.model.catalogue.Citation;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.PartnershipPackage;
import concord.validation.RuleCatalogue;
import concord.validation.catalogue.Category;
import concord.validation.catalogue.Rule;

/**
 * The theory behind Concord as browsable topics: the model's concepts with their source labels,
 * definitions and citations, and the rule catalogue by framework. Read from the metamodel's
 * annotations and the rule catalogue, so the view never disagrees with the validators or hovers.
 */
public final class HintCatalogue {

	private HintCatalogue() {
	}

	/** Read once: the metamodel and the rule catalogue do not change while the workbench runs. */
	private static final class Topics {
		static final HintTopic CONCEPTS = concepts();
		static final HintTopic RULES = rules();
	}

	public static List<HintTopic> topics() {
		return List.of(Topics.CONCEPTS, Topics.RULES);
	}

	/** The topic of a kind of model element, as a selection in the Outline, Properties or map names it. */
	public static Optional<HintTopic> of(EClass concept) {
		String title = LiteralDoc.of(concept).label();
		return find(Topics.CONCEPTS, topic -> topic.children().isEmpty() && topic.title().equals(title));
	}

	/** The topic of a rule, as a finding in Problems names it. */
	public static Optional<HintTopic> ofRule(String ruleId) {
		return find(Topics.RULES, topic -> topic.children().isEmpty() && topic.title().startsWith(ruleId + " "));
	}

	/** The group that holds {@code child} directly, for revealing a topic deep in the tree. */
	public static Optional<HintTopic> parentOf(HintTopic child) {
		for (HintTopic root : topics()) {
			Optional<HintTopic> parent = find(root, topic -> topic.children().contains(child));
			if (parent.isPresent()) {
				return parent;
			}
		}
		return Optional.empty();
	}

	private static Optional<HintTopic> find(HintTopic topic, Predicate<HintTopic> wanted) {
		if (wanted.test(topic)) {
			return Optional.of(topic);
		}
		return topic.children().stream().map(child -> find(child, wanted)).flatMap(Optional::stream).findFirst();
	}

	static HintTopic concepts() {
		List<HintTopic> classes = new ArrayList<>();
		List<HintTopic> kinds = new ArrayList<>();
		for (EClassifier classifier : PartnershipPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum e) {
				List<HintTopic> values = new ArrayList<>();
				for (EEnumLiteral literal : e.getELiterals()) {
					values.add(leaf(literal, "a value of " + e.getName()));
				}
				LiteralDoc doc = LiteralDoc.of(e);
				kinds.add(new HintTopic(doc.label(), "a kind (" + e.getName() + ")", doc.definition(), source(doc), values));
			} else if (classifier instanceof EClass c && !c.isAbstract()) {
				classes.add(leaf(c, "a model element (" + c.getName() + ")"));
			}
		}
		return new HintTopic("Concepts", "the partnership model", "Elements and kinds of the partnership model, with the "
				+ "words the sources use.", "", List.of(
						new HintTopic("Model elements", "group", "", "", classes),
						new HintTopic("Kinds and values", "group", "", "", kinds)));
	}

	static HintTopic rules() {
		List<HintTopic> categories = new ArrayList<>();
		RuleCatalogue catalogue = RuleCatalogue.standard();
		for (Category category : Category.values()) {
			List<HintTopic> rules = new ArrayList<>();
			for (Rule rule : catalogue.rules(category)) {
				String kind = rule.severity().word() + " rule" + (rule.inference() ? ", an inference that can be switched off" : "");
				rules.add(new HintTopic(rule.id() + "  " + shortMessage(rule.message()), kind, rule.message(), rule.source(), List.of()));
			}
			categories.add(new HintTopic(category.title(), "framework: " + category.framework(), "", "", rules));
		}
		return new HintTopic("Rules", "the rule catalogue", "The warnings of the literature, as Concord checks them.", "",
				categories);
	}

	private static HintTopic leaf(ENamedElement element, String kind) {
		LiteralDoc doc = LiteralDoc.of(element);
		return new HintTopic(doc.label(), kind, doc.definition(), source(doc), List.of());
	}

	private static String source(LiteralDoc doc) {
		return doc.citation().map(Citation::reference).orElse("");
	}

	/** The first sentence, for the tree; the detail pane shows all of it. */
	private static String shortMessage(String message) {
		int end = message.indexOf(". ");
		String first = end < 0 ? message : message.substring(0, end + 1);
		return first.length() > 90 ? first.substring(0, 87) + "..." : first;
	}
}
