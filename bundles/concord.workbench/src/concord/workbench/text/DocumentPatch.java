package concord.workbench.text;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import concord.dsl.ide.document.ChangedRegion;

/**
 * Writes a new version of a spec into an open document by replacing only the part that differs, so
 * undo takes back exactly that change and the caret, markers and folding elsewhere stay put.
 */
public final class DocumentPatch {

	private DocumentPatch() {
	}

	/** Makes {@code document} hold {@code changed}; does nothing when the text is the same. */
	public static void apply(IDocument document, String changed) throws BadLocationException {
		ChangedRegion region = ChangedRegion.between(document.get(), changed);
		if (!region.isEmpty()) {
			document.replace(region.start(), region.end() - region.start(), region.replacement());
		}
	}
}
