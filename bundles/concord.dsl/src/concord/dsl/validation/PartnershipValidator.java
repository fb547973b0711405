package concord.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

import concord.model.partnership.PartnershipModel;
import concord.validation.ActiveProfile;
import concord.validation.Finding;

/**
 * Brings the rule catalogue into the language: every finding becomes a diagnostic on the element it
 * concerns, with the rule id as its code (so quick fixes and reports key on it) and the source cited
 * in the message. The profile is the one in force for the resource set ({@link ActiveProfile}).
 * Language-level checks that are not rules of the literature are composed in ({@link RepeatedStatementCheck}).
 */
@ComposedChecks(validators = RepeatedStatementCheck.class)
public class PartnershipValidator extends AbstractPartnershipValidator {

	@Check(CheckType.NORMAL)
	public void checkRuleCatalogue(PartnershipModel model) {
		concord.validation.PartnershipValidator rules = new concord.validation.PartnershipValidator(ActiveProfile.of(model));
		for (Finding finding : rules.validate(model)) {
			String message = finding.message() + " (" + finding.source() + ")";
			switch (finding.severity()) {
			case ERROR -> getMessageAcceptor().acceptError(message, finding.element(), finding.feature(), INSIGNIFICANT_INDEX,
					finding.ruleId());
			case WARNING -> getMessageAcceptor().acceptWarning(message, finding.element(), finding.feature(),
					INSIGNIFICANT_INDEX, finding.ruleId());
			case INFO -> getMessageAcceptor().acceptInfo(message, finding.element(), finding.feature(), INSIGNIFICANT_INDEX,
					finding.ruleId());
			}
		}
	}
}
