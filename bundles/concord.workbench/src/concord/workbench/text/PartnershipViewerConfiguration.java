package concord.workbench.text;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the language's services into the text viewer: colouring, completion, hover, markers as you type. */
final class PartnershipViewerConfiguration extends TextSourceViewerConfiguration {

	private static final int RECONCILE_DELAY_MS = 500;

	private final PartnershipTextEditor editor;

	PartnershipViewerConfiguration(PartnershipTextEditor editor) {
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer colouring = new DefaultDamagerRepairer(new PartnershipScanner(viewer.getTextWidget().getDisplay()));
		reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new PartnershipCompletion(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(false);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new PartnershipTextHover(editor);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		MonoReconciler reconciler = new MonoReconciler(new SpecReading(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}
}
