package concord.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import concord.dsl.ide.concepts.ConceptText;
import concord.dsl.ide.concepts.GrammarConcepts;
import concord.model.catalogue.LiteralDoc;

/**
 * Completion offers the literature's terms with their meaning: a kind such as {@code fellow-traveller}
 * comes with its source label, the framework it belongs to and its definition, so an analyst picks a
 * value knowing what it claims. Keywords and references are proposed as Xtext does.
 */
public class PartnershipProposalProvider extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EEnumLiteral literal = GrammarConcepts.literal(keyword).orElse(null);
		if (literal == null) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		if (!filterKeyword(keyword, context)) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, e -> {
			e.setKind(ContentAssistEntry.KIND_ENUM);
			e.setSource(literal);
			e.setDescription(LiteralDoc.of(literal).label() + " — " + ConceptText.kindOf(literal));
			e.setDocumentation(ConceptText.of(literal));
		});
		acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
	}
}
