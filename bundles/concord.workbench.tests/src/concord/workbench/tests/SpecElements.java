package concord.workbench.tests;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.views.contentoutline.ContentOutline;

import concord.workbench.text.SpecElement;

/** Reading the Outline's entries as a user reads them: by name, at any depth. */
final class SpecElements {

	private SpecElements() {
	}

	static List<String> names(List<SpecElement> elements) {
		return SpecElement.all(elements).map(SpecElement::name).toList();
	}

	/** The name of the entry the Outline view has selected, or "" when none is. */
	static String selectedIn(ContentOutline outline) {
		Object selected = ((IStructuredSelection) outline.getSelection()).getFirstElement();
		return selected instanceof SpecElement element ? element.name() : "";
	}

	static SpecElement find(List<SpecElement> elements, String name) {
		return SpecElement.all(elements).filter(element -> element.name().equals(name)).findFirst().orElse(null);
	}
}
