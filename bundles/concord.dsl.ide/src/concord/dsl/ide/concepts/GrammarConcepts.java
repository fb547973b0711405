package concord.dsl.ide.concepts;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Reads the grammar to say which concept of the metamodel a keyword writes. The language spells
 * enumeration values as keywords ({@code co-ordination}) and introduces features with keywords
 * ({@code form}, {@code wicked}), so hover, completion and highlighting all start from a keyword and
 * need the literal or feature behind it; this is the one place that knows how the grammar is shaped.
 */
public final class GrammarConcepts {

	private GrammarConcepts() {
	}

	/** The enumeration literal a keyword stands for, e.g. {@code guardian-angel}. */
	public static Optional<EEnumLiteral> literal(Keyword keyword) {
		if (keyword.eContainer() instanceof EnumLiteralDeclaration declaration) {
			return Optional.ofNullable(declaration.getEnumLiteral());
		}
		return Optional.empty();
	}

	/**
	 * The enumeration literal written at a node of a parsed spec. The parser records an enumeration
	 * value as a call of its enum rule, not as the keyword, so the written text picks the literal.
	 */
	public static Optional<EEnumLiteral> literal(INode node) {
		EObject grammarElement = node.getGrammarElement();
		if (grammarElement instanceof Keyword keyword) {
			return literal(keyword);
		}
		if (grammarElement instanceof EnumLiteralDeclaration declaration) {
			return Optional.ofNullable(declaration.getEnumLiteral());
		}
		if (grammarElement instanceof RuleCall call && call.getRule() instanceof EnumRule rule) {
			String text = NodeModelUtils.getTokenText(node);
			return EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class).stream()
					.filter(declaration -> declaration.getLiteral().getValue().equals(text))
					.map(EnumLiteralDeclaration::getEnumLiteral).findFirst();
		}
		return Optional.empty();
	}

	/**
	 * The feature a keyword introduces: the assignment that follows it in its group
	 * ({@code 'form' form=NetworkForm}) or the boolean assignment it is part of
	 * ({@code wicked?='wicked'}).
	 */
	public static Optional<EStructuralFeature> feature(Keyword keyword) {
		if (literal(keyword).isPresent()) {
			return Optional.empty();
		}
		if (keyword.eContainer() instanceof Assignment assignment) {
			return featureOf(assignment);
		}
		if (keyword.eContainer() instanceof Group group) {
			List<AbstractElement> elements = group.getElements();
			for (int i = elements.indexOf(keyword) + 1; i < elements.size(); i++) {
				AbstractElement next = elements.get(i);
				if (next instanceof Assignment assignment) {
					return featureOf(assignment);
				}
				if (!(next instanceof Keyword)) {
					break; // 'integration' 'current' profile=...: only keywords may come between
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<EStructuralFeature> featureOf(Assignment assignment) {
		return Optional.ofNullable(typeAt(assignment)).map(type -> type.getEStructuralFeature(assignment.getFeature()));
	}

	/** The class being built where {@code element} stands: the rule's type, or the type of an action before it. */
	private static EClass typeAt(AbstractElement element) {
		AbstractRule rule = GrammarUtil.containingRule(element);
		EClassifier type = rule instanceof ParserRule ? rule.getType().getClassifier() : null;
		for (EObject node = element; node != null && node != rule; node = node.eContainer()) {
			if (node.eContainer() instanceof Group group) {
				for (AbstractElement sibling : group.getElements()) {
					if (sibling == node) {
						break;
					}
					if (sibling instanceof Action action) {
						type = action.getType().getClassifier();
					}
				}
			}
		}
		return type instanceof EClass eClass ? eClass : null;
	}
}
