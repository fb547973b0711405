package concord.validation.catalogue;

import concord.validation.facts.PartnershipFacts;

/** The condition of one rule, evaluated once per partnership. */
@FunctionalInterface
public interface RuleCheck {

	/**
	 * Reports a finding to {@code out} for each place the rule's condition holds. Implementations look
	 * things up through {@code facts}, which indexes the partnership once, so that a check stays linear
	 * in the size of the model.
	 */
	void check(PartnershipFacts facts, FindingSink out);
}
