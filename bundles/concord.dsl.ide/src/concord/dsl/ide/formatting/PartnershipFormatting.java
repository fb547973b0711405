package concord.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import concord.dsl.ide.refusal.EditRefusal;

/**
 * Formatting as the language server offers it: text with a syntax error is refused with its position,
 * as `concord format` refuses it, instead of Xtext's formatter failing with "No ITextReplacer configured".
 */
public class PartnershipFormatting extends FormattingService {

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
			CancelIndicator cancelIndicator) {
		EditRefusal.unlessParsed(resource, "format");
		return super.format(document, resource, params, cancelIndicator);
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentRangeFormattingParams params,
			CancelIndicator cancelIndicator) {
		EditRefusal.unlessParsed(resource, "format");
		return super.format(document, resource, params, cancelIndicator);
	}
}
