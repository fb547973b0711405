package concord.dsl.ide.concepts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.Keyword;

import concord.model.catalogue.LiteralDoc;

/**
 * How the partnership language writes the model's concepts, read from its grammar: which features a
 * keyword introduces, how a kind is spelt ({@code guardian-angel}, not GUARDIAN_ANGEL), and a statement
 * that uses it. {@code concord explain} speaks in these words, as the editors' hover does.
 */
public final class LanguageWords {

	private final List<Keyword> keywords;
	private final List<EnumLiteralDeclaration> kinds;

	private LanguageWords(Grammar grammar) {
		keywords = EcoreUtil2.getAllContentsOfType(grammar, Keyword.class);
		kinds = EcoreUtil2.getAllContentsOfType(grammar, EnumLiteralDeclaration.class);
	}

	/** The words of the language whose grammar is {@code grammar}. */
	public static LanguageWords of(Grammar grammar) {
		return new LanguageWords(grammar);
	}

	/** The features the keyword {@code word} introduces (one word may open statements in several blocks). */
	public List<EStructuralFeature> featuresOf(String word) {
		Set<EStructuralFeature> features = new LinkedHashSet<>();
		for (Keyword keyword : keywords) {
			if (keyword.getValue().equals(word)) {
				GrammarConcepts.feature(keyword).ifPresent(features::add);
			}
		}
		return new ArrayList<>(features);
	}

	/** The literal as a spec writes it, e.g. {@code guardian-angel}. */
	public Optional<String> written(EEnumLiteral literal) {
		return kinds.stream().filter(kind -> kind.getEnumLiteral() == literal).map(kind -> kind.getLiteral().getValue()).findFirst();
	}

	/** A statement writing {@code literal}, e.g. {@code role guardian-angel}. */
	public Optional<String> example(EEnumLiteral literal) {
		Optional<String> word = written(literal);
		for (Keyword keyword : keywords) {
			Optional<EStructuralFeature> feature = GrammarConcepts.feature(keyword);
			if (word.isPresent() && feature.isPresent() && feature.get().getEType() == literal.getEEnum()) {
				return Optional.of(keyword.getValue() + " " + word.get());
			}
		}
		return word;
	}

	/** A statement that writes {@code feature} after its keyword {@code word}, with a value of its type. */
	public String example(String word, EStructuralFeature feature) {
		if (feature.getEType() instanceof EEnum kind && !kind.getELiterals().isEmpty()) {
			return word + " " + written(kind.getELiterals().get(0)).orElse(kind.getELiterals().get(0).getLiteral());
		}
		if (feature instanceof EReference reference) {
			return word + " \"" + LiteralDoc.of(reference.getEReferenceType()).label() + " name\"";
		}
		if (feature instanceof EAttribute attribute) {
			var type = attribute.getEAttributeType();
			if (type == EcorePackage.Literals.EBOOLEAN || type == EcorePackage.Literals.EBOOLEAN_OBJECT) {
				return word;
			}
			if (type.getInstanceClass() != null && Number.class.isAssignableFrom(wrapper(type.getInstanceClass()))) {
				return word + " 0.5";
			}
		}
		return word + " \"...\"";
	}

	private static Class<?> wrapper(Class<?> type) {
		return type == int.class ? Integer.class : type == double.class ? Double.class : type == float.class ? Float.class : type;
	}
}
