package concord.workbench.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

import concord.dsl.ide.document.SpecDocument;
import concord.dsl.ide.highlighting.PartnershipHighlighting;
import concord.workbench.language.PartnershipLanguage;

/**
 * Semantic colouring on top of the keywords: the literature's terms (kinds such as co-ordination), the
 * names elements are declared with and the references to them, as the language's highlighting service
 * (the one the language server announces as semantic tokens) tells them apart in the text just read.
 */
final class SpecHighlighting implements ITextPresentationListener {

	/** One coloured stretch of text: offset, length and what the language says it is. */
	record Stretch(int offset, int length, String kind, boolean declaration) {
	}

	private final Color term;
	private final Color name;
	private List<Stretch> stretches = List.of();

	SpecHighlighting(Display display) {
		term = new Color(display, 0, 110, 120);
		name = new Color(display, 0, 60, 160);
	}

	/** Off the user interface thread: what the language says about the text it has just read. */
	static List<Stretch> of(SpecDocument snapshot) {
		List<Stretch> found = new ArrayList<>();
		PartnershipLanguage.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(snapshot.resource(),
				(offset, length, ids) -> {
					boolean declaration = ids.length > 1 && PartnershipHighlighting.DECLARATION.equals(ids[1]);
					found.add(new Stretch(offset, length, ids[0], declaration));
				}, CancelIndicator.NullImpl);
		return found;
	}

	/** Takes a new reading; the viewer is then asked to draw again. */
	void show(List<Stretch> read) {
		stretches = List.copyOf(read);
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (Stretch stretch : stretches) {
			// a reading may be a keystroke behind the text: only stretches inside what is drawn are used
			if (stretch.offset() < start || stretch.offset() + stretch.length() > end) {
				continue;
			}
			StyleRange style = new StyleRange();
			style.start = stretch.offset();
			style.length = stretch.length();
			if (PartnershipHighlighting.TERM.equals(stretch.kind())) {
				style.foreground = term;
				style.fontStyle = SWT.ITALIC;
			} else if (PartnershipHighlighting.NAME.equals(stretch.kind())) {
				style.foreground = name;
				style.fontStyle = stretch.declaration() ? SWT.BOLD : SWT.NORMAL;
			} else {
				continue;
			}
			presentation.mergeStyleRange(style);
		}
	}
}
