package concord.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Partnership;
import concord.report.views.PartnerRow;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingKind;

/** What one report is about: the partnership, its findings, and the words the sections share. */
record ReportCase(Partnership partnership, List<Finding> findings, String spec) {

	static final String NOT_RECORDED = "not recorded";

	ReportCase {
		findings = List.copyOf(findings);
	}

	List<Finding> findings(FindingKind kind) {
		return findings.stream().filter(f -> f.rule().kind() == kind).toList();
	}

	/** A value as the literature names it, capitalised for a table cell, e.g. "Co-ordination". */
	static String label(Enumerator value) {
		return PartnerRow.capitalised(value);
	}

	static String labels(Collection<? extends Enumerator> values) {
		return String.join(", ", values.stream().map(ReportCase::label).toList());
	}

	/** Every name, in order: a board reads the whole list, not "and 3 more". */
	static String names(Collection<? extends EObject> elements) {
		List<String> names = new ArrayList<>();
		for (EObject element : elements) {
			names.add(ElementNames.name(element));
		}
		return String.join(", ", names);
	}
}
