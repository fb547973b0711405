package concord.model.catalogue;

import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;

/**
 * Reads catalogue annotations from an annotated package and maps names to the generated Java
 * constants. Bad data fails with a message naming the element and key, so a trainer who edits a
 * catalogue sees what to fix.
 */
final class CatalogueReader {

	private final EPackage source;

	CatalogueReader(EPackage source) {
		this.source = source;
	}

	EEnum eEnum(String name) {
		if (source.getEClassifier(name) instanceof EEnum eEnum) {
			return eEnum;
		}
		throw new IllegalStateException("Catalogue package " + source.getNsURI() + " has no enumeration " + name);
	}

	EClass eClass(String name) {
		EClassifier classifier = source.getEClassifier(name);
		if (classifier instanceof EClass eClass) {
			return eClass;
		}
		throw new IllegalStateException("Catalogue package " + source.getNsURI() + " has no class " + name);
	}

	Optional<String> detail(EModelElement element, String key) {
		EAnnotation annotation = element.getEAnnotation(AnnotationSources.CATALOGUE);
		return Optional.ofNullable(annotation == null ? null : annotation.getDetails().get(key)).map(String::trim);
	}

	String requiredDetail(EModelElement element, String key) {
		return detail(element, key).filter(value -> !value.isEmpty()).orElseThrow(
				() -> new IllegalStateException("Catalogue detail '" + key + "' missing on " + describe(element)));
	}

	int requiredNumber(EModelElement element, String key) {
		String text = requiredDetail(element, key);
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new IllegalStateException("Catalogue detail '" + key + "' on " + describe(element)
					+ " is not a whole number: " + text, e);
		}
	}

	/** The generated constant named {@code name}, e.g. NetworkDriver.ECOLOGICAL. */
	<E extends Enum<E>> E constant(Class<E> type, String name, EModelElement usedOn) {
		try {
			return Enum.valueOf(type, name);
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("Catalogue on " + describe(usedOn) + " names unknown "
					+ type.getSimpleName() + " literal " + name, e);
		}
	}

	static String describe(EModelElement element) {
		if (element instanceof ENamedElement named && named.eContainer() instanceof ENamedElement owner) {
			return owner.getName() + "." + named.getName();
		}
		return element instanceof ENamedElement named ? named.getName() : String.valueOf(element);
	}
}
