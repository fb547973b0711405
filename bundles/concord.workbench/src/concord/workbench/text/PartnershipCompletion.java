package concord.workbench.text;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import concord.dsl.ide.document.SpecDocument;
import concord.workbench.language.PartnershipLanguage;

/**
 * Completion from the language's own content assist (the one the language server offers): keywords,
 * references as quoted names, and values with their meaning shown beside them.
 */
final class PartnershipCompletion implements IContentAssistProcessor {

	private final PartnershipTextEditor editor;

	PartnershipCompletion(PartnershipTextEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		SpecDocument snapshot = PartnershipLanguage.read(editor.specPath(), viewer.getDocument().get());
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(snapshot.resource().getURI().toString()),
				snapshot.serverDocument().getPosition(offset));
		List<CompletionItem> items = PartnershipLanguage.get(ContentAssistService.class)
				.createCompletionList(snapshot.serverDocument(), snapshot.resource(), params, CancelIndicator.NullImpl).getItems();
		return items.stream().map(item -> proposal(snapshot, item, offset)).toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(SpecDocument snapshot, CompletionItem item, int offset) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int length = 0;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			text = edit.getNewText();
			start = snapshot.serverDocument().getOffSet(edit.getRange().getStart());
			length = snapshot.serverDocument().getOffSet(edit.getRange().getEnd()) - start;
		}
		String shown = item.getDetail() == null || item.getDetail().isEmpty() ? item.getLabel() : item.getLabel() + " — " + item.getDetail();
		return new CompletionProposal(text, start, length, text.length(), null, shown, null,
				item.getDocumentation() != null && item.getDocumentation().isRight() ? item.getDocumentation().getRight().getValue()
						: item.getDocumentation() != null ? item.getDocumentation().getLeft() : null);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { ' ' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return new char[0];
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
