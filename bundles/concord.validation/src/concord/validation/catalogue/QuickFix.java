package concord.validation.catalogue;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * A model change a user interface can offer for a finding. The fix is described by a label and
 * applied to the finding's element; it performs a plain EMF change, so a caller that needs undo wraps
 * {@link #apply(EObject)} in its own command or transaction.
 */
public interface QuickFix {

	/** Short imperative text for a menu, e.g. "Record 'Shared framework' as agreed". */
	String label();

	/**
	 * Performs the change on {@code element}, which must be the element of the finding that offered
	 * this fix (or its equivalent after a reload).
	 *
	 * @throws IllegalArgumentException if the element is not of the kind the fix works on
	 */
	void apply(EObject element);

	/** A fix that works on elements of {@code type}. */
	static <T extends EObject> QuickFix of(String label, Class<T> type, Consumer<? super T> change) {
		Objects.requireNonNull(label);
		Objects.requireNonNull(type);
		Objects.requireNonNull(change);
		return new QuickFix() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public void apply(EObject element) {
				if (!type.isInstance(element)) {
					throw new IllegalArgumentException(
							"'" + label + "' applies to " + type.getSimpleName() + ", not " + element);
				}
				change.accept(type.cast(element));
			}

			@Override
			public String toString() {
				return label;
			}
		};
	}
}
