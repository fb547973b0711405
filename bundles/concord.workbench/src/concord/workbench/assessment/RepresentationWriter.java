package concord.workbench.assessment;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How a representation (a matrix, the ladder) writes into the spec it shows. Elements are those of the
 * reading the representation shows; the writer finds the same element in the spec's current text, so a
 * change is made to what the analyst sees in the text editor, and can be undone there.
 */
public interface RepresentationWriter {

	/** Changes {@code element} (given to {@code change} as it is in the current text). */
	void change(EObject element, Consumer<EObject> change);

	/**
	 * Adds the element {@code create} makes (from the container as it is in the current text) to
	 * {@code container}'s list {@code feature}, as a statement of its own after its siblings.
	 */
	void add(EObject container, EStructuralFeature feature, Function<EObject, EObject> create);

	/** Removes {@code element} and its statement. */
	void remove(EObject element);
}
