package concord.model.catalogue;

/**
 * Sources of the EAnnotations that carry Concord's documentation and framework data in
 * {@code model/partnership.ecore}. Editors and trainers' alternative catalogues use the same keys.
 */
public final class AnnotationSources {

	/** Keys {@code label} (classes, features, enumerations) and {@code definition} (one plain line). */
	public static final String DOC = "http://concord.dev/partnership/doc";

	/** Keys {@code authors}, {@code year}, {@code seed} and optional {@code note}. */
	public static final String CITATION = "http://concord.dev/partnership/citation";

	/** Framework mappings read by {@link FrameworkCatalogue}; keys depend on the enumeration. */
	public static final String CATALOGUE = "http://concord.dev/partnership/catalogue";

	private AnnotationSources() {
	}
}
