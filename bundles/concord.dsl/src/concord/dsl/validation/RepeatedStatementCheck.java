package concord.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A statement that holds one value ({@code purpose}, {@code sector}, {@code governance { }}, a flag) may
 * be written once per block. The blocks are free-order loops, so the parser accepts a second one and
 * the last would silently win; this check makes the second an error, positioned on it and naming the
 * line of the first. It reads the node model: each direct child of an element's node that fills a
 * single-valued feature is one statement.
 */
public class RepeatedStatementCheck extends AbstractDeclarativeValidator {

	/** The issue code of a repeated statement. */
	public static final String REPEATED_STATEMENT = "repeated-statement";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PartnershipValidator; never registered on its own
	}

	@Check
	public void checkStatementsAreNotRepeated(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null || node.getSemanticElement() != element) {
			return;
		}
		Map<EStructuralFeature, INode> firstStatement = new HashMap<>();
		for (INode child : statementNodes(node, new ArrayList<>())) {
			Assignment assignment = GrammarUtil.containingAssignment(child.getGrammarElement());
			if (assignment == null) {
				assignment = assignmentCalling(element, child);
			}
			EStructuralFeature feature = assignment == null ? null : element.eClass().getEStructuralFeature(assignment.getFeature());
			if (feature == null || feature.isMany()) {
				continue;
			}
			INode statement = statementStart(child, assignment);
			INode first = firstStatement.putIfAbsent(feature, statement);
			if (first != null) {
				String name = statementName(assignment);
				getMessageAcceptor().acceptError("'" + name + "' is already given on line " + first.getStartLine()
						+ "; write it once (a second one would replace the first).", element, statement.getOffset(),
						child.getEndOffset() - statement.getOffset(), REPEATED_STATEMENT);
			}
		}
	}

	/**
	 * The assignment a nested block fills when its node does not show it: the node of a rule that starts
	 * with an action ({@code {Governance} 'governance' ...}) carries the action, and a block replaced by a
	 * later one is no longer contained in the element. The assignment is the one of the element's rule
	 * that calls the block's rule after the keywords written before it ('integration' 'current').
	 */
	private static Assignment assignmentCalling(EObject element, INode child) {
		AbstractRule called = child instanceof ICompositeNode ? GrammarUtil.containingRule(child.getGrammarElement()) : null;
		if (called == null) {
			return null;
		}
		List<Keyword> written = keywordsBefore(child);
		for (Assignment assignment : GrammarUtil.containedAssignments(GrammarUtil.getGrammar(called))) {
			if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == called
					&& GrammarUtil.containingRule(assignment).getType().getClassifier() == element.eClass()) {
				List<Keyword> leading = leadingKeywords(assignment);
				if (written.size() >= leading.size() && written.subList(written.size() - leading.size(), written.size()).equals(leading)) {
					return assignment;
				}
			}
		}
		return null;
	}

	/** The keywords written just before a node, in order, skipping spaces and comments. */
	private static List<Keyword> keywordsBefore(INode node) {
		List<Keyword> keywords = new ArrayList<>();
		for (INode previous = node.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
			if (previous.getGrammarElement() instanceof Keyword keyword) {
				keywords.add(0, keyword);
			} else if (!(previous instanceof ILeafNode leaf && leaf.isHidden())) {
				break;
			}
		}
		return keywords;
	}

	/**
	 * The direct children of an element's node, looking through unassigned rule calls ({@code Actor:
	 * Organisation | Person | Group}), whose nodes belong to the same element.
	 */
	private static List<INode> statementNodes(ICompositeNode node, List<INode> into) {
		for (INode child : node.getChildren()) {
			if (child instanceof ICompositeNode composite && child.getGrammarElement() instanceof RuleCall call
					&& call.getRule() instanceof ParserRule && GrammarUtil.containingAssignment(call) == null) {
				statementNodes(composite, into);
			} else {
				into.add(child);
			}
		}
		return into;
	}

	/** The first keyword node of the statement that ends in {@code value}, e.g. 'purpose' before its text. */
	private static INode statementStart(INode value, Assignment assignment) {
		List<Keyword> leading = leadingKeywords(assignment);
		INode start = value;
		for (INode previous = value.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
			if (previous.getGrammarElement() instanceof Keyword keyword && leading.contains(keyword)) {
				start = previous;
			} else if (!(previous instanceof ILeafNode leaf && leaf.isHidden())) {
				break; // hidden tokens (spaces, comments) are skipped; anything else ends the statement
			}
		}
		return start;
	}

	/** How the writer names the statement: its keywords, e.g. "integration current", "purpose", "governance". */
	static String statementName(Assignment assignment) {
		List<String> words = new ArrayList<>();
		leadingKeywords(assignment).forEach(keyword -> words.add(keyword.getValue()));
		if (words.isEmpty()) {
			AbstractElement terminal = assignment.getTerminal();
			if (terminal instanceof Keyword flag) {
				words.add(flag.getValue());
			} else if (terminal instanceof RuleCall call && call.getRule() instanceof ParserRule rule) {
				GrammarUtil.containedKeywords(rule).stream().findFirst().ifPresent(k -> words.add(k.getValue()));
			}
		}
		return words.isEmpty() ? assignment.getFeature() : String.join(" ", words);
	}

	/** The keywords written before the assignment in its own group, e.g. 'integration' 'current'. */
	private static List<Keyword> leadingKeywords(Assignment assignment) {
		List<Keyword> keywords = new ArrayList<>();
		if (assignment.eContainer() instanceof Group group) {
			for (AbstractElement element : group.getElements()) {
				if (element == assignment) {
					break;
				}
				if (element instanceof Keyword keyword) {
					keywords.add(keyword);
				}
			}
		}
		return keywords;
	}
}
