package concord.dsl.validation;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage;
import concord.validation.ActiveProfile;
import concord.validation.RuleValidator;
import concord.validation.SpecProfiles;
import concord.validation.catalogue.Finding;

/**
 * Brings the rule catalogue into the language: every finding becomes a diagnostic on the element it
 * concerns, with the rule id as its code and the source and fixes as its data ({@link FindingIssues}).
 * The profile is the one in force for the resource set ({@link ActiveProfile}).
 * Language-level checks that are not rules of the literature are composed in ({@link RepeatedStatementCheck}).
 */
@ComposedChecks(validators = RepeatedStatementCheck.class)
public class PartnershipValidator extends AbstractPartnershipValidator {

	@Check(CheckType.NORMAL)
	public void checkRuleCatalogue(PartnershipModel model) {
		URI uri = model.eResource() == null ? null : model.eResource().getURI();
		if (uri != null && uri.isFile()) {
			// a broken profile beside the spec is left out of ActiveProfile; the editor says so where the spec starts
			for (String problem : SpecProfiles.near(Path.of(uri.toFileString())).problems()) {
				warning(problem + "; that profile is not applied", model, PartnershipPackage.Literals.PARTNERSHIP_MODEL__NAME,
						FindingIssues.LANGUAGE);
			}
		}
		for (Finding finding : new RuleValidator(ActiveProfile.of(model)).validate(model)) {
			getChain().add(createDiagnostic(org.eclipse.xtext.diagnostics.Severity.valueOf(finding.severity().name()),
					finding.message(), finding.element(), finding.feature(), INSIGNIFICANT_INDEX, finding.ruleId(),
					FindingIssues.data(finding)));
		}
	}
}
