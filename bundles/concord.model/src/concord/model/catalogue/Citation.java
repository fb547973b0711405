package concord.model.catalogue;

import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;

/**
 * Where a concept or literal comes from: the authors the seed cites, the year, the seed
 * document code (S0..S4, or {@code interp.} for Concord's own modelling choices) and a note.
 */
public record Citation(String authors, String year, String seed, String note) {

	/** The citation annotated on an element, if any; missing keys read as empty strings. */
	public static Optional<Citation> of(EModelElement element) {
		EAnnotation annotation = element.getEAnnotation(AnnotationSources.CITATION);
		if (annotation == null) {
			return Optional.empty();
		}
		return Optional.of(new Citation(detail(annotation, "authors"), detail(annotation, "year"),
				detail(annotation, "seed"), detail(annotation, "note")));
	}

	/** Authors and year, as a consultant would cite them: "Frost, Robinson &amp; Anning 2005". */
	public String reference() {
		return year.isEmpty() ? authors : authors + " " + year;
	}

	/** True when the citation names both who and which seed; validators rely on both. */
	public boolean isComplete() {
		return !authors.isBlank() && !seed.isBlank();
	}

	@Override
	public String toString() {
		String text = reference() + " [" + seed + "]";
		return note.isEmpty() ? text : text + " (" + note + ")";
	}

	private static String detail(EAnnotation annotation, String key) {
		String value = annotation.getDetails().get(key);
		return value == null ? "" : value;
	}
}
