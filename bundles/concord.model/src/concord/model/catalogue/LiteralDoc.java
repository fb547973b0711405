package concord.model.catalogue;

import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;

/**
 * What a hover, the Hints view or a report shows about a concept: the words consultants know
 * (the source's own label), a one-line definition in plain language, and where it comes from.
 */
public final class LiteralDoc {

	private final String label;
	private final String definition;
	private final Citation citation;

	private LiteralDoc(String label, String definition, Citation citation) {
		this.label = label;
		this.definition = definition;
		this.citation = citation;
	}

	/**
	 * Documentation of an enumeration literal, enumeration, class or feature. A literal's label is
	 * its {@link EEnumLiteral#getLiteral() literal}; other elements use the {@code label} detail
	 * and fall back to their name.
	 */
	public static LiteralDoc of(ENamedElement element) {
		EAnnotation doc = element.getEAnnotation(AnnotationSources.DOC);
		String label = element instanceof EEnumLiteral literal ? literal.getLiteral() : detail(doc, "label");
		if (label == null || label.isEmpty()) {
			label = element.getName();
		}
		String definition = detail(doc, "definition");
		return new LiteralDoc(label, definition == null ? "" : definition, Citation.of(element).orElse(null));
	}

	/** Documentation of an enumeration literal (this overload settles the ENamedElement/Enumerator overlap). */
	public static LiteralDoc of(EEnumLiteral literal) {
		return of((ENamedElement) literal);
	}

	/** Documentation of a generated enumeration constant, e.g. {@code FrostStage.CO_ORDINATION}. */
	public static LiteralDoc of(Enumerator value) {
		return of(EnumLiterals.of(value));
	}

	/** The source's own wording, e.g. "merger and integration". */
	public String label() {
		return label;
	}

	/** One plain-language line; empty when the model gives none. */
	public String definition() {
		return definition;
	}

	public Optional<Citation> citation() {
		return Optional.ofNullable(citation);
	}

	/** "label: definition (citation)", the line a hover shows. */
	public String hoverText() {
		StringBuilder text = new StringBuilder(label);
		if (!definition.isEmpty()) {
			text.append(": ").append(definition);
		}
		if (citation != null) {
			text.append(" (").append(citation.reference()).append(')');
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return hoverText();
	}

	private static String detail(EAnnotation annotation, String key) {
		return annotation == null ? null : annotation.getDetails().get(key);
	}
}
