package concord.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import concord.dsl.ide.concepts.GrammarConcepts;

/**
 * Tells the three things a reader of a spec scans for apart from plain keywords: the literature's terms
 * (kinds such as {@code co-ordination}), the names an element is declared with, and references to
 * declared elements. Style ids are standard LSP semantic token types and modifiers (Xtext's server
 * announces them all), so the language server and the workbench editor colour alike.
 */
public class PartnershipHighlighting implements ISemanticHighlightingCalculator {

	/** A kind from the literature, e.g. {@code guardian-angel}. */
	public static final String TERM = "enumMember";
	/** A declared or referenced element name. */
	public static final String NAME = "type";
	/** Modifier on {@link #NAME} where the element is declared. */
	public static final String DECLARATION = "declaration";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		// Nodes, not leaves: a reference or a declared name spans the quoted segments of a Name.
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject grammarElement = node.getGrammarElement();
			if (node instanceof ILeafNode && GrammarConcepts.literal(node).isPresent()) {
				acceptor.addPosition(node.getOffset(), node.getLength(), TERM);
			} else if (grammarElement instanceof CrossReference) {
				// the parser gives a reference's node the cross-reference itself as grammar element
				acceptor.addPosition(node.getOffset(), node.getLength(), NAME);
			} else if (grammarElement instanceof RuleCall call && isDeclaredName(call)) {
				acceptor.addPosition(node.getOffset(), node.getLength(), NAME, DECLARATION);
			}
		}
	}

	private static boolean isDeclaredName(RuleCall call) {
		Assignment assignment = GrammarUtil.containingAssignment(call);
		return assignment != null && "name".equals(assignment.getFeature());
	}
}
