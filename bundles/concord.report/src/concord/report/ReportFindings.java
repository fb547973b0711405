package concord.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/**
 * The findings a report on one partnership shows: those on it and on the actors it shares with others,
 * not those on the other partnerships of the same spec. One place, so that the command line and the
 * workbench hand a board the same list.
 */
public final class ReportFindings {

	private ReportFindings() {
	}

	public static List<Finding> on(PartnershipModel model, Partnership partnership, RuleProfile profile) {
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : new RuleValidator(profile).validate(model)) {
			boolean elsewhere = model.getPartnerships().stream().anyMatch(other -> other != partnership && EcoreUtil.isAncestor(other, finding.element()));
			if (!elsewhere) {
				findings.add(finding);
			}
		}
		return findings;
	}
}
