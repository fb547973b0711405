package concord.interchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

import concord.model.helpers.ElementNames;

/**
 * How a feature's value is written in a cell and read back: kinds as the source's label (the literal, e.g.
 * "voluntary / third sector"), yes/no for flags, plain numbers, and names separated by "; " for lists
 * (names often hold commas). Reading also accepts the language's keyword (voluntary-third-sector) and the
 * Java name, since consultants copy from either.
 */
public final class CellText {

	/** Between the items of a list in one cell. */
	public static final String SEPARATOR = "; ";

	private CellText() {
	}

	/** The cell text of {@code feature} of {@code element}: empty when the feature is not set. */
	public static String write(EObject element, EStructuralFeature feature) {
		if (!element.eIsSet(feature)) {
			return "";
		}
		Object value = element.eGet(feature);
		if (feature.isMany()) {
			List<String> items = new ArrayList<>();
			for (Object item : (List<?>) value) {
				items.add(word(item));
			}
			return String.join(SEPARATOR, items);
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "";
		}
		return word(value);
	}

	private static String word(Object value) {
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof EObject element) {
			return ElementNames.name(element);
		}
		return String.valueOf(value);
	}

	/** The items of a list cell. */
	public static List<String> items(String text) {
		return text.isBlank() ? List.of() : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The literal {@code text} names: its label, its keyword or its Java name, in any case. */
	public static Optional<EEnumLiteral> literal(EEnum type, String text) {
		String wanted = text.strip();
		for (EEnumLiteral literal : type.getELiterals()) {
			String keyword = literal.getName().toLowerCase(Locale.ROOT).replace('_', '-');
			if (literal.getLiteral().equalsIgnoreCase(wanted) || literal.getName().equalsIgnoreCase(wanted)
					|| keyword.equalsIgnoreCase(wanted) || keyword.replace('-', ' ').equalsIgnoreCase(wanted)) {
				return Optional.of(literal);
			}
		}
		return Optional.empty();
	}

	/** The words a reader may use for {@code type}'s literals, for an error message. */
	public static String expected(EEnum type) {
		return String.join(", ", type.getELiterals().stream().map(l -> "\"" + l.getLiteral() + "\"").toList());
	}

	/**
	 * The value of a cell for an attribute that is not a reference, or an error message. A blank cell is
	 * null (the attribute is unset).
	 */
	public static Object attribute(EAttribute attribute, String text) throws CellProblem {
		if (text.isBlank()) {
			return null;
		}
		if (attribute.getEType() instanceof EEnum type) {
			return literal(type, text).map(l -> type.getEPackage().getEFactoryInstance().createFromString(type, l.getLiteral()))
					.orElseThrow(() -> new CellProblem("unknown " + attribute.getName() + " \"" + text + "\" (expected " + expected(type) + ")"));
		}
		if (attribute.getEType() == EcorePackage.Literals.EBOOLEAN) {
			return switch (text.strip().toLowerCase(Locale.ROOT)) {
				case "yes", "y", "true", "x", "1" -> Boolean.TRUE;
				case "no", "n", "false", "0" -> Boolean.FALSE;
				default -> throw new CellProblem("\"" + text + "\" is not yes or no");
			};
		}
		if (attribute.getEType() == EcorePackage.Literals.EINT) {
			try {
				return Integer.valueOf(text.strip());
			} catch (NumberFormatException e) {
				throw new CellProblem("\"" + text + "\" is not a whole number");
			}
		}
		return text.strip();
	}

	/** A cell that cannot be read; the caller knows where the cell is. */
	public static final class CellProblem extends Exception {
		private static final long serialVersionUID = 1L;

		public CellProblem(String message) {
			super(message, null, false, false);
		}
	}
}
