package concord.workbench.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import concord.dsl.ide.document.SpecDocument;
import concord.dsl.ide.quickfix.FixableFinding;
import concord.validation.catalogue.QuickFix;
import concord.workbench.language.PartnershipLanguage;

/**
 * Quick fixes for Concord markers come from the rule catalogue: the rule that raised the finding offers
 * the model changes that settle it. A fix is applied to the model and written with Xtext's change
 * serializer, into the open editor's document (undoable there) or into the file.
 */
public class RuleFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !marker.getAttribute(SpecMarkers.RULE_ID, "").isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		Optional<Spec> spec = Spec.of(marker);
		if (spec.isEmpty()) {
			return new IMarkerResolution[0];
		}
		String ruleId = marker.getAttribute(SpecMarkers.RULE_ID, "");
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);
		return FixableFinding.at(spec.get().document().resource(), ruleId, offset)
				.map(finding -> finding.fixes().stream().map(fix -> new Fix(ruleId, offset, fix.label())).toArray(IMarkerResolution[]::new))
				.orElseGet(() -> new IMarkerResolution[0]);
	}

	/** One fix, found again when it runs (the text may have changed since the marker was made). */
	private record Fix(String ruleId, int offset, String label) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label + " (fixes " + ruleId + ")";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			Spec.of(marker).ifPresent(spec -> FixableFinding.at(spec.document().resource(), ruleId, offset).ifPresent(finding -> {
				Optional<QuickFix> fix = finding.fixes().stream().filter(f -> f.label().equals(label)).findFirst();
				if (fix.isPresent()) {
					EObject element = finding.element();
					spec.document().apply(model -> fix.get().apply(element), true);
					spec.write(spec.document().text());
				}
			}));
		}
	}

	/** The marker's spec: the text of the editor open on it (unsaved edits included), else the file's. */
	private record Spec(IFile file, IDocument editorDocument, SpecDocument document) {

		static Optional<Spec> of(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
				return Optional.empty();
			}
			try {
				IDocument open = openDocument(file);
				Path path = file.getLocation().toFile().toPath();
				String text = open != null ? open.get() : new String(file.getContents().readAllBytes(), Charset.forName(file.getCharset()));
				return Optional.of(new Spec(file, open, PartnershipLanguage.read(path, text)));
			} catch (Exception e) {
				return Optional.empty();
			}
		}

		private static IDocument openDocument(IFile file) {
			if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
				return null;
			}
			IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findEditor(new FileEditorInput(file));
			return editor instanceof PartnershipTextEditor text ? text.viewer().getDocument() : null;
		}

		/** Replaces only the changed middle of the text, so undo and the caret stay where they belong. */
		void write(String fixed) {
			try {
				if (editorDocument != null) {
					DocumentPatch.apply(editorDocument, fixed);
				} else {
					file.setContents(new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)), true, true, null);
				}
			} catch (BadLocationException | CoreException e) {
				throw new IllegalStateException(file.getName() + ": the fix could not be written (" + e.getMessage() + ")", e);
			}
		}
	}
}
