package concord.model.catalogue;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import concord.model.partnership.PartnershipPackage;

/** Finds the {@link EEnumLiteral} behind a generated Java enumeration constant. */
public final class EnumLiterals {

	private EnumLiterals() {
	}

	/**
	 * @throws IllegalArgumentException if the value is not a literal of the partnership package
	 */
	public static EEnumLiteral of(Enumerator value) {
		if (value instanceof EEnumLiteral literal) {
			return literal;
		}
		Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
		for (EClassifier classifier : PartnershipPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum && eEnum.getInstanceClass() == type) {
				return eEnum.getEEnumLiteral(value.getName());
			}
		}
		throw new IllegalArgumentException("Not a partnership enumeration literal: " + value);
	}
}
