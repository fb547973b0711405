package concord.workbench.text;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

import concord.dsl.ide.document.SpecDocument;
import concord.workbench.language.PartnershipLanguage;

/** Hover from the language: the definition of a concept or value and its source, as Markdown text. */
final class PartnershipTextHover implements ITextHover {

	private final PartnershipTextEditor editor;

	PartnershipTextHover(PartnershipTextEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hoverAt(viewer.getDocument().get(), region.getOffset());
	}

	/** The hover text at {@code offset} of {@code text}, or null where the language has nothing to say. */
	String hoverAt(String text, int offset) {
		SpecDocument snapshot = PartnershipLanguage.read(editor.specPath(), text);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(snapshot.resource().getURI().toString()),
				snapshot.serverDocument().getPosition(offset));
		Hover hover = PartnershipLanguage.get(IHoverService.class).hover(snapshot.serverDocument(), snapshot.resource(), params,
				CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		return hover.getContents().isRight() ? hover.getContents().getRight().getValue() : null;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
