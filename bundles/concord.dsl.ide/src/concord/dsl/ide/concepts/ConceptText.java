package concord.dsl.ide.concepts;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.Actor;

/**
 * The Markdown a consultant reads about a concept: its words from the literature, the plain-language
 * definition and the source to cite. Hover and completion show the same text, so a term means the
 * same wherever the editor explains it.
 */
public final class ConceptText {

	private ConceptText() {
	}

	/** A kind written in the language, e.g. {@code merger-and-integration}. */
	public static String of(EEnumLiteral literal) {
		LiteralDoc doc = LiteralDoc.of(literal);
		StringBuilder text = new StringBuilder();
		text.append("**").append(doc.label()).append("** (").append(kindOf(literal)).append(")");
		appendDefinition(text, doc);
		return text.toString();
	}

	/** Where a literal belongs, e.g. "Frost stage" (an integration scale) or "network form". */
	public static String kindOf(EEnumLiteral literal) {
		return LiteralDoc.of(literal.getEEnum()).label();
	}

	/** A feature introduced by a keyword, e.g. {@code form}: what it records and which values it takes. */
	public static String of(EStructuralFeature feature) {
		StringBuilder text = new StringBuilder("**").append(feature.getName()).append("** of ")
				.append(LiteralDoc.of(feature.getEContainingClass()).label());
		String documentation = EcoreUtil.getDocumentation(feature);
		if (documentation != null && !documentation.isBlank()) {
			text.append("\n\n").append(documentation);
		}
		if (feature instanceof EAttribute attribute && attribute.getEType() instanceof EEnum values) {
			appendDefinition(text.append("\n\nValues: ").append(LiteralDoc.of(values).label()), LiteralDoc.of(values));
		}
		return text.toString();
	}

	/** An element of a spec: its kind's definition, then what the spec says of it. */
	public static String of(EObject element) {
		if (element instanceof EEnumLiteral literal) {
			return of(literal);
		}
		if (element instanceof EStructuralFeature feature) {
			return of(feature);
		}
		if (element instanceof ENamedElement) {
			return "";
		}
		EClass kind = element.eClass();
		LiteralDoc doc = LiteralDoc.of(kind);
		StringBuilder text = new StringBuilder("**").append(doc.label()).append("**");
		Object name = attribute(element, "name");
		if (name != null) {
			text.append(" \"").append(name).append('"');
		}
		appendDefinition(text, doc);
		Object description = attribute(element, "description");
		if (description != null) {
			text.append("\n\n").append(description);
		}
		if (element instanceof Actor && element.eResource() != null) {
			URI where = element.eResource().getURI();
			text.append("\n\nDeclared in ").append(where.lastSegment());
		}
		return text.toString();
	}

	private static void appendDefinition(StringBuilder text, LiteralDoc doc) {
		if (!doc.definition().isEmpty()) {
			text.append("\n\n").append(doc.definition());
		}
		doc.citation().ifPresent(citation -> text.append("\n\n_Source: ").append(citation.reference()).append("_"));
	}

	private static Object attribute(EObject element, String name) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		return feature instanceof EAttribute ? element.eGet(feature) : null;
	}
}
