package concord.workbench.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import concord.model.catalogue.LiteralDoc;
import concord.model.helpers.ElementNames;
import concord.workbench.properties.ElementProperties;

/**
 * One element of a spec as the Outline and Properties show it: its name as {@link ElementNames} gives it
 * (or the words of its statement when it declares none), what kind of element it is, where
 * its text lies, and the elements written inside it. Adapts to the model element (for Hints) and to
 * its properties (for Properties).
 *
 * @param editor   the text editor the element is read from, or null for a spec read from disk (a map's)
 * @param fragment the element's address in its resource, stable across re-reads of unchanged text
 */
public record SpecElement(PartnershipTextEditor editor, EObject element, String fragment, String name, String kind, int offset,
		int length, List<SpecElement> children) implements IAdaptable {

	private static final int LONGEST_STATEMENT = 60;

	/** The spec's elements as a tree, from the text the language has just read ({@code editor} may be null). */
	public static List<SpecElement> of(PartnershipTextEditor editor, Resource resource) {
		List<SpecElement> roots = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			roots.addAll(children(editor, root));
		}
		return roots;
	}

	private static List<SpecElement> children(PartnershipTextEditor editor, EObject parent) {
		List<SpecElement> children = new ArrayList<>();
		for (EObject child : parent.eContents()) {
			ICompositeNode node = NodeModelUtils.getNode(child);
			if (node == null) {
				continue;
			}
			// elements that declare a name are shown by it (as every view names them); others by their words
			INode nameNode = nameNode(child);
			String name = nameNode == null ? null : ElementNames.ownName(child).orElse(null);
			int offset = name != null && nameNode != null ? nameNode.getOffset() : node.getOffset();
			int length = name != null && nameNode != null ? nameNode.getLength() : node.getLength();
			children.add(new SpecElement(editor, child, child.eResource().getURIFragment(child),
					name != null ? name : statement(node), LiteralDoc.of(child.eClass()).label(), offset, length,
					children(editor, child)));
		}
		return children;
	}

	private static INode nameNode(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name == null) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** An unnamed element is shown by the words of its statement: "member Victim Support as coordinator". */
	private static String statement(ICompositeNode node) {
		String words = NodeModelUtils.getTokenText(node).replaceAll("\\s+", " ").trim();
		int open = words.indexOf('{');
		if (open > 0) {
			words = words.substring(0, open).trim();
		}
		return words.length() > LONGEST_STATEMENT ? words.substring(0, LONGEST_STATEMENT - 3) + "..." : words;
	}

	/** Every element of the tree, parents before their children. */
	public static Stream<SpecElement> all(List<SpecElement> elements) {
		return elements.stream().flatMap(element -> Stream.concat(Stream.of(element), all(element.children())));
	}

	/** The innermost element whose statement covers {@code offset}, or null. */
	static SpecElement innermost(List<SpecElement> candidates, int offset) {
		for (SpecElement candidate : candidates) {
			if (candidate.covers(offset)) {
				SpecElement inside = innermost(candidate.children(), offset);
				return inside != null ? inside : candidate;
			}
		}
		return null;
	}

	/** Whether the element's whole statement covers {@code position}. */
	boolean covers(int position) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node != null && node.getOffset() <= position && position <= node.getEndOffset();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EObject.class) {
			return adapter.cast(element);
		}
		if (adapter == IPropertySource.class) {
			// from the text editor values can be changed; from a map they are shown only
			return adapter.cast(new ElementProperties(element,
					editor == null ? null : (feature, value) -> editor.change(fragment, e -> e.eSet(feature, value))));
		}
		return null;
	}

	@Override
	public final boolean equals(Object other) {
		// the same element of the same editor, across re-reads: the Outline keeps its selection and expansion
		return other instanceof SpecElement that && that.editor == editor && that.fragment.equals(fragment);
	}

	@Override
	public final int hashCode() {
		return fragment.hashCode();
	}

	@Override
	public String toString() {
		return name;
	}
}
