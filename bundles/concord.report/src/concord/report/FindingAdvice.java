package concord.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import concord.model.helpers.ElementNames;
import concord.validation.catalogue.Finding;
import concord.validation.catalogue.FindingKind;
import concord.validation.catalogue.QuickFix;

/** What a board is told to do about a finding, and which findings matter most. */
final class FindingAdvice {

	/** Errors first, then risks before gaps, then catalogue order (the validator's order). */
	private static final Comparator<Finding> WEIGHT = Comparator.comparing(Finding::severity)
			.thenComparing(f -> f.rule().kind() == FindingKind.RISK ? 0 : 1);

	private FindingAdvice() {
	}

	/** The first words of the sentences in the rules' messages that tell the reader what to do. */
	private static final Pattern ADVICE = Pattern.compile("(?<=^|[.!?]\\s)(?:Add|Agree|Avoid|Be|Bring|Build|Check|Clarify|Consider|Keep|Let|Look|"
			+ "Lower|Make|Model|Name|Plan|Record|Resolve|Say|Spread|Sustain|Tag|Think|Watch)\\b[^.!?]*[.!?]");

	/** The quick fixes in words, then the advice of the rule's message; what to do in general where there is neither. */
	static String whatToDo(Finding finding) {
		List<String> steps = new ArrayList<>();
		finding.fixes().stream().map(QuickFix::label).forEach(label -> steps.add(label + "."));
		Matcher advice = ADVICE.matcher(finding.message());
		while (advice.find()) {
			steps.add(advice.group());
		}
		if (!steps.isEmpty()) {
			return String.join(" ", steps);
		}
		return finding.rule().kind() == FindingKind.GAP
				? "Find out whether the partnership has this. If it has, record it in the spec; if it has not, decide who will put it in place."
				: "Discuss with the partners whether the warning applies to them, and agree who acts on it.";
	}

	/** The {@code count} findings that matter most, one per rule. */
	static List<Finding> mostImportant(List<Finding> findings, int count) {
		Map<String, Finding> byRule = new LinkedHashMap<>();
		findings.stream().sorted(WEIGHT).forEach(f -> byRule.putIfAbsent(f.ruleId(), f));
		return byRule.values().stream().limit(count).toList();
	}

	/** "line 12: Membership 'Victim Support'": where in the spec the finding points. */
	static String where(Finding finding) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(finding.element());
		String label = ElementNames.label(finding.element());
		return node == null ? label : "line " + node.getStartLine() + ": " + label;
	}
}
