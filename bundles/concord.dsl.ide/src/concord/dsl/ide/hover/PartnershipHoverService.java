package concord.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import concord.dsl.ide.concepts.ConceptText;
import concord.dsl.ide.concepts.GrammarConcepts;

/**
 * Hover explains the theory under the cursor: a kind ({@code guardian-angel}) gets its definition and
 * source, a keyword ({@code form}) the feature it records, and a name the element's kind and
 * description. Xtext's own hover only knows elements, not the keywords that spell the literature's terms.
 */
public class PartnershipHoverService extends HoverService {

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		return leafAt(resource, offset)
				.flatMap(leaf -> conceptOf(leaf)
						.map(concept -> new HoverContext(document, resource, offset, leaf.getTextRegion(), concept)))
				.orElseGet(() -> super.createContext(document, resource, offset));
	}

	@Override
	public String getContents(EObject element) {
		return element == null ? "" : ConceptText.of(element);
	}

	private static Optional<ILeafNode> leafAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset));
	}

	/** The literal a kind spells, or the feature a keyword introduces. */
	private static Optional<EObject> conceptOf(ILeafNode leaf) {
		Optional<EObject> literal = GrammarConcepts.literal(leaf).map(l -> l);
		if (literal.isPresent() || !(leaf.getGrammarElement() instanceof Keyword keyword)) {
			return literal;
		}
		return GrammarConcepts.feature(keyword).map(f -> f);
	}
}
