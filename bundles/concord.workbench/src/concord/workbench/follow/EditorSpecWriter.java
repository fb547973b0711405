package concord.workbench.follow;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import concord.dsl.ide.document.SpecDocument;
import concord.workbench.assessment.RepresentationWriter;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.text.DocumentPatch;
import concord.workbench.text.PartnershipTextEditor;

/**
 * Writes a representation's edits into the text editor's document through the spec document: the text
 * stays the truth, only the words concerned change, and Edit > Undo in the editor takes an edit back.
 */
final class EditorSpecWriter implements RepresentationWriter {

	private final PartnershipTextEditor editor;

	EditorSpecWriter(PartnershipTextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void change(EObject element, Consumer<EObject> change) {
		editor.change(fragment(element), change);
	}

	@Override
	public void add(EObject container, EStructuralFeature feature, Function<EObject, EObject> create) {
		String address = fragment(container);
		edit(spec -> {
			EObject current = spec.resource().getEObject(address);
			spec.add(current, feature, create.apply(current));
		});
	}

	@Override
	public void remove(EObject element) {
		String address = fragment(element);
		// nothing refers to what a representation removes (a role statement), so no reference is left dangling
		edit(spec -> spec.apply(model -> EcoreUtil.remove(spec.resource().getEObject(address)), false));
	}

	private void edit(Consumer<SpecDocument> change) {
		IDocument document = editor.viewer().getDocument();
		try {
			SpecDocument spec = PartnershipLanguage.read(editor.specPath(), document.get());
			change.accept(spec);
			DocumentPatch.apply(document, spec.text());
		} catch (BadLocationException | RuntimeException e) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("The change could not be written into the text: " + e.getMessage());
		}
	}

	private static String fragment(EObject element) {
		return element.eResource().getURIFragment(element);
	}
}
