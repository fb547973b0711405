package concord.workbench.text;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

import concord.dsl.ide.document.SpecDocument;
import concord.workbench.language.PartnershipLanguage;

/**
 * After each pause in typing (and when the editor opens) the language reads the whole text once, off
 * the user interface thread; the findings become markers and the elements become the Outline.
 */
final class SpecReading implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final PartnershipTextEditor editor;
	private IDocument document;

	SpecReading(PartnershipTextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument newDocument) {
		this.document = newDocument;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		initialReconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		initialReconcile();
	}

	@Override
	public void initialReconcile() {
		if (document == null) {
			return;
		}
		SpecDocument snapshot = PartnershipLanguage.read(editor.specPath(), document.get());
		if (editor.specFile() != null) {
			SpecMarkers.show(editor.specFile(), snapshot.issues());
		}
		editor.read(snapshot);
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// a reading is short; it is not cancelled part-way
	}
}
