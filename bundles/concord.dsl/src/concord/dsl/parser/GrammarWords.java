package concord.dsl.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.GrammarUtil;

/**
 * What the grammar allows at a place, in the words the language is written in: keywords as they are typed,
 * kinds as "one of: classical, network", values as "a quoted text" or "the name of an organisation in
 * quotes". Read from the grammar itself (so a new statement needs no second list here) and cached per
 * grammar element, so that a file with thousands of syntax errors costs a map look-up per error.
 */
final class GrammarWords {

	/** What a place expects: the phrase for the message and the words a near miss is compared with. */
	record Expected(String words, Set<String> candidates, Map<String, String> labels) {
		static Expected of(String words, Set<String> candidates) {
			return new Expected(words, candidates, Map.of());
		}
	}

	private static final Expected NOTHING = Expected.of("", Set.of());

	private final org.eclipse.xtext.Grammar grammar;
	private final Map<EObject, Expected> described = new ConcurrentHashMap<>();
	private final Map<String, List<AbstractRule>> holding = new ConcurrentHashMap<>();
	private final Map<AbstractRule, Expected> blocks = new ConcurrentHashMap<>();

	GrammarWords(org.eclipse.xtext.Grammar grammar) {
		this.grammar = grammar;
	}

	/** The words that may follow {@code element} right away, or null when what follows is optional. */
	Expected after(AbstractElement element) {
		EObject at = element;
		while (at.eContainer() instanceof AbstractElement container) {
			if (container instanceof Group group) {
				int index = group.getElements().indexOf(at);
				if (index + 1 < group.getElements().size()) {
					AbstractElement next = group.getElements().get(index + 1);
					return GrammarUtil.isOptionalCardinality(next) ? null : describe(next);
				}
			}
			if (GrammarUtil.isMultipleCardinality(container)) {
				return null;
			}
			at = container;
		}
		return null;
	}

	/** What a rule or element is, as a value: "a quoted text", "`{`", "one of: a, b". */
	Expected describe(EObject element) {
		Expected known = described.get(element); // not computeIfAbsent: descriptions nest
		if (known == null) {
			known = computeDescription(element);
			described.put(element, known);
		}
		return known;
	}

	private Expected computeDescription(EObject element) {
		if (element instanceof Keyword keyword) {
			return Expected.of(quote(keyword.getValue()), Set.of(keyword.getValue()));
		}
		if (element instanceof Assignment assignment) {
			if ("name".equals(assignment.getFeature())) {
				return Expected.of("a name in quotes, such as \"Victim Support\"", Set.of());
			}
			return describe(assignment.getTerminal());
		}
		if (element instanceof CrossReference reference) {
			return Expected.of("the name of " + referenced(reference.getType().getClassifier()) + " in quotes", Set.of());
		}
		if (element instanceof RuleCall call) {
			return describe(call.getRule());
		}
		if (element instanceof EnumRule rule) {
			return kinds(rule);
		}
		if (element instanceof TerminalRule terminal) {
			return Expected.of(switch (terminal.getName()) {
			case "STRING" -> "a quoted text";
			case "INT" -> "a whole number";
			default -> terminal.getName().toLowerCase(Locale.ROOT);
			}, Set.of());
		}
		if (element instanceof ParserRule rule) {
			return switch (rule.getName()) {
			case "Name" -> Expected.of("a name in quotes", Set.of());
			case "Decimal" -> Expected.of("a number such as 0.5", Set.of());
			default -> firstWords(rule.getAlternatives());
			};
		}
		return firstWords(element);
	}

	/** The keywords that can start {@code element}, as "`a`, `b` or `c`". */
	private Expected firstWords(EObject element) {
		Set<String> words = new LinkedHashSet<>();
		collectFirst(element, words);
		return Expected.of(orList(words.stream().map(GrammarWords::quote).toList()), words);
	}

	private void collectFirst(EObject element, Set<String> words) {
		if (element instanceof Keyword keyword) {
			words.add(keyword.getValue());
		} else if (element instanceof Assignment assignment) {
			collectFirst(assignment.getTerminal(), words);
		} else if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule && !GrammarUtil.isDatatypeRule(rule)) {
			collectFirst(rule.getAlternatives(), words);
		} else if (element instanceof RuleCall call && call.getRule() instanceof EnumRule rule) {
			words.addAll(kinds(rule).candidates());
		} else if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(e -> collectFirst(e, words));
		} else if (element instanceof Group group) {
			for (AbstractElement part : group.getElements()) {
				if (part instanceof Action) {
					continue;
				}
				collectFirst(part, words);
				if (!GrammarUtil.isOptionalCardinality(part)) {
					break;
				}
			}
		}
	}

	/** The statements a block of {@code rule} holds, with its closing brace; null if it has no block. */
	Expected block(AbstractRule rule) {
		Expected block = blocks.get(rule);
		if (block == null) {
			block = computeBlock(rule);
			blocks.put(rule, block);
		}
		return block == NOTHING ? null : block;
	}

	private Expected computeBlock(AbstractRule rule) {
		if (!(rule instanceof ParserRule parser) || GrammarUtil.isDatatypeRule(parser)) {
			return NOTHING;
		}
		for (Alternatives statements : org.eclipse.xtext.EcoreUtil2.eAllOfType(rule, Alternatives.class)) {
			if (GrammarUtil.isMultipleCardinality(statements)) {
				Set<String> words = new LinkedHashSet<>();
				collectFirst(statements, words);
				boolean braced = GrammarUtil.containedKeywords(rule).stream().anyMatch(k -> "}".equals(k.getValue()));
				String list = "one of: " + String.join(", ", words);
				Set<String> candidates = new LinkedHashSet<>(words);
				if (braced) {
					candidates.add("}");
				}
				return Expected.of(braced ? "`}` or " + list : list, candidates);
			}
		}
		return NOTHING;
	}

	/**
	 * What must follow {@code keyword} where it starts a statement of {@code rule}'s block: "`current` or
	 * `target`" after `integration`. Null if the keyword starts no statement there.
	 */
	Expected continuation(AbstractRule rule, String keyword) {
		Set<String> candidates = new LinkedHashSet<>();
		List<String> words = new ArrayList<>();
		for (Alternatives statements : org.eclipse.xtext.EcoreUtil2.eAllOfType(rule, Alternatives.class)) {
			if (!GrammarUtil.isMultipleCardinality(statements)) {
				continue;
			}
			for (AbstractElement statement : statements.getElements()) {
				if (statement instanceof Group group && group.getElements().get(0) instanceof Keyword first
						&& first.getValue().equals(keyword)) {
					Expected next = after(first);
					if (next != null && !words.contains(next.words())) {
						words.add(next.words());
						candidates.addAll(next.candidates());
					}
				}
			}
		}
		return words.isEmpty() ? null : Expected.of(orList(words), candidates);
	}

	/** The rules whose blocks have a statement starting with {@code word} ("sector": organisation). */
	List<AbstractRule> blocksHolding(String word) {
		return holding.computeIfAbsent(word, w -> {
			List<AbstractRule> rules = new ArrayList<>();
			for (AbstractRule rule : grammar.getRules()) {
				Expected block = block(rule);
				if (block != null && block.candidates().contains(w)) {
					rules.add(rule);
				}
			}
			return List.copyOf(rules);
		});
	}

	/** Where a block is, for "... is not a statement inside `partnership { }`". */
	String blockName(AbstractRule rule) {
		if ("PartnershipModel".equals(rule.getName())) {
			return "at the top level of a spec";
		}
		for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
			if (Character.isLetter(keyword.getValue().charAt(0))) {
				return "inside `" + keyword.getValue() + " { }`";
			}
		}
		return "inside " + article(humanise(rule.getName())) + " block";
	}

	/** An enumeration's values: "one of: known, knowable, complex, chaotic", with the sources' labels. */
	Expected kinds(EnumRule rule) {
		List<String> literals = new ArrayList<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (EnumLiteralDeclaration declaration : org.eclipse.xtext.EcoreUtil2.eAllOfType(rule, EnumLiteralDeclaration.class)) {
			String word = declaration.getLiteral().getValue();
			literals.add(word);
			EEnumLiteral literal = declaration.getEnumLiteral();
			if (literal != null && literal.getLiteral() != null) {
				labels.put(kebab(literal.getLiteral()), word);
			}
		}
		return new Expected("one of: " + String.join(", ", literals), new LinkedHashSet<>(literals), labels);
	}

	/** "a problem domain", "an integration profile": what a kind's values are called. */
	String kindName(EnumRule rule) {
		EClassifier type = rule.getType() == null ? null : rule.getType().getClassifier();
		return article(humanise(type instanceof EEnum e ? e.getName() : rule.getName()));
	}

	private static String referenced(EClassifier type) {
		return switch (type.getName()) {
		case "Actor" -> "an organisation, person or group";
		case "Membership" -> "a member organisation";
		default -> article(humanise(type.getName()));
		};
	}

	static String kebab(String label) {
		return label.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	static String quote(String word) {
		return "`" + word + "`";
	}

	private static String orList(List<String> words) {
		if (words.size() <= 1) {
			return String.join("", words);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
	}

	private static String humanise(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private static String article(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}
}
