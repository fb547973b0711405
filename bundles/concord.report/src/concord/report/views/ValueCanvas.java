package concord.report.views;

import java.util.ArrayList;
import java.util.List;

import concord.model.helpers.ElementNames;
import concord.model.partnership.BeneficiaryKind;
import concord.model.partnership.Outcome;
import concord.model.partnership.Partnership;
import concord.model.partnership.PublicValueProposition;
import concord.model.partnership.TimeHorizon;

/**
 * Moore's (1995) strategic triangle for one partnership: the public value proposition, the authorising
 * environment that legitimises it and the operational capacity that delivers it, each with what the spec
 * leaves out; and the outcomes by beneficiary and time horizon (Benington's and Page et al.'s dimensions
 * shown where recorded).
 */
public final class ValueCanvas {

	/**
	 * One corner of the triangle.
	 *
	 * @param missing what the spec does not record, in words; empty when the corner is complete
	 */
	public record Corner(String title, List<String> entries, List<String> missing) {
	}

	private final Partnership partnership;

	public ValueCanvas(Partnership partnership) {
		this.partnership = partnership;
	}

	public Corner proposition() {
		PublicValueProposition proposition = partnership.getProposition();
		List<String> entries = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		if (proposition == null || blank(proposition.getStatement())) {
			missing.add("no public value proposition is recorded");
		} else {
			entries.add(proposition.getStatement());
		}
		if (proposition != null && !proposition.getTranslators().isEmpty()) {
			entries.add("translated for the partners by " + ElementNames.names(proposition.getTranslators()));
		}
		if (proposition != null && !proposition.getContestedBy().isEmpty()) {
			entries.add("contested by " + ElementNames.names(proposition.getContestedBy()));
		}
		return new Corner("Public value proposition", entries, missing);
	}

	public Corner authorisingEnvironment() {
		PublicValueProposition proposition = partnership.getProposition();
		List<String> entries = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		if (proposition == null || proposition.getAuthorisingEnvironment().isEmpty()) {
			missing.add("nobody is recorded as authorising the proposition");
		} else {
			entries.add("authorised by " + ElementNames.names(proposition.getAuthorisingEnvironment()));
		}
		if (proposition == null || blank(proposition.getMandate())) {
			missing.add("no mandate is recorded");
		} else {
			entries.add("mandate: " + proposition.getMandate());
		}
		return new Corner("Authorising environment", entries, missing);
	}

	public Corner operationalCapacity() {
		PublicValueProposition proposition = partnership.getProposition();
		List<String> entries = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		if (proposition == null || proposition.getOperationalCapacity().isEmpty()) {
			missing.add("no resources are recorded as the capacity that delivers it");
		} else {
			proposition.getOperationalCapacity().forEach(resource -> entries.add(PartnerRow.resourceText(resource)
					+ (resource.getProvidedBy() != null ? ", from " + ElementNames.name(resource.getProvidedBy()) : "")));
			if (proposition.getOperationalCapacity().stream().noneMatch(resource -> resource.isCommitted())) {
				missing.add("none of these resources is marked committed");
			}
		}
		return new Corner("Operational capacity", entries, missing);
	}

	/** The outcomes recorded for {@code beneficiary} over {@code horizon} (null: not recorded), as the canvas words them. */
	public List<String> outcomes(BeneficiaryKind beneficiary, TimeHorizon horizon) {
		List<String> words = new ArrayList<>();
		for (Outcome outcome : partnership.getOutcomes()) {
			BeneficiaryKind forWhom = outcome.isSetBeneficiary() ? outcome.getBeneficiary() : null;
			TimeHorizon when = outcome.isSetHorizon() ? outcome.getHorizon() : null;
			if (forWhom == beneficiary && when == horizon) {
				StringBuilder text = new StringBuilder(blank(outcome.getStatement()) ? "(outcome without a statement)" : outcome.getStatement());
				if (outcome.isSetBenington()) {
					text.append(" [").append(PartnerRow.label(outcome.getBenington())).append(']');
				}
				if (outcome.isSetPage()) {
					text.append(" [").append(PartnerRow.label(outcome.getPage())).append(']');
				}
				words.add(text.toString());
			}
		}
		return words;
	}

	/** The beneficiaries the spec records no outcome for, in words. */
	public List<String> beneficiariesWithoutOutcome() {
		List<String> missing = new ArrayList<>();
		for (BeneficiaryKind beneficiary : BeneficiaryKind.VALUES) {
			if (partnership.getOutcomes().stream().noneMatch(outcome -> outcome.isSetBeneficiary() && outcome.getBeneficiary() == beneficiary)) {
				missing.add(PartnerRow.label(beneficiary));
			}
		}
		return missing;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
