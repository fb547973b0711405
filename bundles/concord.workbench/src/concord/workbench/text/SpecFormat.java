package concord.workbench.text;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Format (Ctrl+Shift+F): the canonical layout from the language's formatter, the one the language
 * server and `concord format` give, written as one undoable change. A spec that does not read is left
 * alone: its layout cannot be known, and the analyst's text must not be shuffled.
 */
final class SpecFormat {

	private static final int INDENT = 4;

	private SpecFormat() {
	}

	/** Formats the editor's text; returns why not when the text has syntax errors, else null. */
	static String format(PartnershipTextEditor editor) throws BadLocationException {
		IDocument document = editor.viewer().getDocument();
		SpecSnapshot snapshot = SpecSnapshot.of(editor.specPath(), document.get());
		if (!snapshot.resource().getParseResult().getSyntaxErrors().iterator().hasNext()) {
			DocumentFormattingParams params = new DocumentFormattingParams(
					new TextDocumentIdentifier(snapshot.resource().getURI().toString()), new FormattingOptions(INDENT, false));
			List<? extends TextEdit> edits = PartnershipLanguage.get(FormattingService.class).format(snapshot.document(),
					snapshot.resource(), params, CancelIndicator.NullImpl);
			Document read = snapshot.document();
			StringBuilder formatted = new StringBuilder(document.get());
			edits.stream().sorted(Comparator.comparingInt((TextEdit edit) -> read.getOffSet(edit.getRange().getStart())).reversed())
					.forEach(edit -> formatted.replace(read.getOffSet(edit.getRange().getStart()),
							read.getOffSet(edit.getRange().getEnd()), edit.getNewText()));
			DocumentPatch.apply(document, formatted.toString());
			return null;
		}
		return "The spec has syntax errors; correct them (see Problems) before formatting.";
	}
}
