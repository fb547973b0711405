package concord.validation.catalogue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where a rule check reports what it found. */
public interface FindingSink {

	/**
	 * Starts a finding about {@code element}. The returned report collects the values of the message's
	 * placeholders, an optional severity for this case and quick fixes; it is complete when the check
	 * returns.
	 */
	Report report(EObject element);

	/** A finding being described by a rule check. */
	interface Report {

		/** Fills placeholder {@code {name}} of the rule's message. */
		Report with(String name, Object value);

		/**
		 * Sets the severity for this case, for rules whose severity depends on the situation (e.g. NZ-01
		 * is an error for complex problems aiming at collaboration). A profile override still wins.
		 */
		Report severity(Severity severity);

		/** Points the finding at one feature of its element, e.g. the attribute whose value is at issue. */
		Report feature(EStructuralFeature feature);

		/** Offers a fix for this finding's element. */
		Report fix(QuickFix fix);
	}
}
