package concord.workbench.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import concord.dsl.ide.document.NewNames;
import concord.dsl.ide.document.SpecDocument;
import concord.workbench.language.PartnershipLanguage;
import concord.model.partnership.PartnershipModel;

/**
 * Rename (Alt+Shift+R): the element under the caret gets a new name, and every reference to it in the
 * spec follows, written by the change serializer as one undoable change. The specs beside it (the ones
 * its spec library reads) that refer to the element by its qualified name follow too: in the document of
 * their open editor, where undo takes it back, or else in their file (the old text stays in the local
 * history). The name is checked as the map checks a name typed on a node: not empty, one line, not taken.
 */
final class SpecRename {

	private SpecRename() {
	}

	/** Asks for the new name of the named element at {@code offset}; returns why not, or null. */
	static String renameAt(PartnershipTextEditor editor, int offset) {
		SpecElement element = namedAt(editor, offset);
		if (element == null) {
			return "Put the caret on an element with a name (an organisation, person, group or partnership) to rename it.";
		}
		PartnershipModel model = (PartnershipModel) element.element().eResource().getContents().get(0);
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename",
				"New name for the " + element.kind() + " '" + element.name() + "'; references to it in this spec and the specs beside it follow:",
				element.name(),
				typed -> typed.strip().equals(element.name()) ? null : NewNames.problem(model, typed.strip()).orElse(null));
		if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(element.name())) {
			return rename(editor, element, dialog.getValue().strip());
		}
		return null;
	}

	/** Renames {@code element} here and in the specs beside this one; answers why a neighbour did not follow, or null. */
	static String rename(PartnershipTextEditor editor, SpecElement element, String newName) {
		EStructuralFeature name = element.element().eClass().getEStructuralFeature("name");
		String before = editor.viewer().getDocument().get();
		editor.change(element.fragment(), e -> e.eSet(name, newName));
		String after = editor.viewer().getDocument().get();
		return before.equals(after) ? null : followInNeighbours(editor.specPath(), after);
	}

	private static String followInNeighbours(Path own, String ownText) {
		SpecDocument spec = PartnershipLanguage.read(own, ownText);
		List<String> failed = new ArrayList<>();
		for (Resource neighbour : List.copyOf(spec.resource().getResourceSet().getResources())) {
			URI uri = neighbour.getURI();
			if (neighbour == spec.resource() || !uri.isFile() || !uri.lastSegment().endsWith(".partnership")) {
				continue;
			}
			Path path = Path.of(uri.toFileString());
			try {
				follow(path, own, ownText);
			} catch (IOException | CoreException | BadLocationException | RuntimeException e) {
				failed.add(path.getFileName() + " (" + e.getMessage() + ")");
			}
		}
		return failed.isEmpty() ? null : "Renamed here; these specs still use the old name: " + String.join(", ", failed);
	}

	private static void follow(Path neighbour, Path own, String ownText) throws IOException, CoreException, BadLocationException {
		IDocument open = openDocument(neighbour);
		String text = open != null ? open.get() : Files.readString(neighbour, StandardCharsets.UTF_8);
		SpecDocument other = PartnershipLanguage.read(neighbour, text);
		if (other.hasSyntaxErrors() || !other.followRenameIn(own, ownText)) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(neighbour.toString()));
		if (open != null) {
			DocumentPatch.apply(open, other.text());
		} else if (file != null) {
			file.setContents(new ByteArrayInputStream(other.text().getBytes(StandardCharsets.UTF_8)), IResource.KEEP_HISTORY, null);
		} else {
			other.save();
		}
	}

	/** The document of the text editor open on {@code spec}, if there is one. */
	private static IDocument openDocument(Path spec) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof PartnershipTextEditor editor && editor.viewer() != null
							&& editor.specPath().toAbsolutePath().normalize().equals(spec.toAbsolutePath().normalize())) {
						return editor.viewer().getDocument();
					}
				}
			}
		}
		return null;
	}

	/** The innermost element at {@code offset} that has a name, or null. */
	static SpecElement namedAt(PartnershipTextEditor editor, int offset) {
		SpecElement at = SpecElement.innermost(editor.outlineElements(), offset);
		EObject named = at == null ? null : at.element();
		while (named != null && !hasName(named)) {
			named = named.eContainer();
		}
		if (named == null) {
			return null;
		}
		EObject wanted = named;
		return SpecElement.all(editor.outlineElements()).filter(e -> e.element() == wanted).findFirst().orElse(null);
	}

	private static boolean hasName(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name != null && element.eGet(name) != null;
	}
}
