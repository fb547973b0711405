package concord.workbench.text;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;

import concord.dsl.ide.document.NewNames;
import concord.model.partnership.PartnershipModel;

/**
 * Rename (Alt+Shift+R): the element under the caret gets a new name, and every reference to it in the
 * spec follows, written by the change serializer as one undoable change. The name is checked as the
 * map checks a name typed on a node: not empty, one line, not taken.
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
				"New name for the " + element.kind() + " '" + element.name() + "'; references to it in this spec follow:", element.name(),
				typed -> typed.strip().equals(element.name()) ? null : NewNames.problem(model, typed.strip()).orElse(null));
		if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(element.name())) {
			rename(editor, element, dialog.getValue().strip());
		}
		return null;
	}

	static void rename(PartnershipTextEditor editor, SpecElement element, String newName) {
		EStructuralFeature name = element.element().eClass().getEStructuralFeature("name");
		editor.change(element.fragment(), e -> e.eSet(name, newName));
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
