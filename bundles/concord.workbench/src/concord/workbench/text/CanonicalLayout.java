package concord.workbench.text;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import concord.dsl.ide.document.SpecDocument;
import concord.workbench.language.PartnershipLanguage;

/**
 * Format (Ctrl+Shift+F): the editor's text in the language's canonical layout, as {@code concord format}
 * writes it (both ask the spec document), applied as one undoable change that keeps comments.
 */
final class CanonicalLayout {

	private CanonicalLayout() {
	}

	/** Formats the editor's text; returns why not when the text has syntax errors, else null. */
	static String format(PartnershipTextEditor editor) throws BadLocationException {
		IDocument document = editor.viewer().getDocument();
		SpecDocument spec = PartnershipLanguage.read(editor.specPath(), document.get());
		if (spec.hasSyntaxErrors()) {
			return "The spec has syntax errors; correct them (see Problems) before formatting.";
		}
		DocumentPatch.apply(document, spec.format());
		return null;
	}
}
