package concord.workbench.text;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a partnership spec: its partnerships, actors and statements as the language reads
 * them. In the text editor it is refreshed after each pause in typing; selecting an entry selects its
 * text, and moving the caret selects the entry it is in. Beside a map it shows the saved spec; selecting
 * an entry selects its node, and selecting a node selects its entry. Properties and Hints follow.
 */
public final class SpecOutline extends ContentOutlinePage {

	private final Consumer<SpecElement> reveal;
	private List<SpecElement> elements = List.of();
	private boolean following;

	/** @param reveal shows an entry the consultant selected in its editor (selects its text, or its node) */
	public SpecOutline(Consumer<SpecElement> reveal) {
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer tree = getTreeViewer();
		tree.setContentProvider(new ElementTree());
		tree.setLabelProvider(LabelProvider.createTextProvider(element -> {
			SpecElement spec = (SpecElement) element;
			return spec.name() + "  (" + spec.kind() + ")";
		}));
		tree.setUseHashlookup(true);
		tree.setInput(elements);
		tree.expandToLevel(2);
		tree.addSelectionChangedListener(event -> {
			if (!following && ((IStructuredSelection) event.getSelection()).getFirstElement() instanceof SpecElement selected) {
				reveal.accept(selected);
			}
		});
	}

	/** Shows the elements of the text just read; expansion and selection survive when the elements do. */
	public void show(List<SpecElement> read) {
		elements = read;
		TreeViewer tree = getTreeViewer();
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = tree.getExpandedElements();
		IStructuredSelection selected = tree.getStructuredSelection();
		tree.getControl().setRedraw(false);
		following = true;
		try {
			tree.setInput(read);
			tree.setExpandedElements(expanded);
			if (expanded.length == 0) {
				tree.expandToLevel(2);
			}
			// selecting the element again hands its fresh reading to Properties and Hints
			tree.setSelection(selected);
		} finally {
			following = false;
			tree.getControl().setRedraw(true);
		}
	}

	/** What the Outline shows. */
	public List<SpecElement> elements() {
		return elements;
	}

	/** Selects the innermost element whose statement holds {@code offset}, without moving the caret. */
	void follow(int offset) {
		select(SpecElement.innermost(elements, offset));
	}

	/** Selects the entries of the elements selected on a map, found by their address in the spec. */
	public void follow(Collection<String> fragments) {
		select(SpecElement.all(elements).filter(element -> fragments.contains(element.fragment())).findFirst().orElse(null));
	}

	/** Selects {@code element} (nothing when null) without revealing it in its editor again. */
	private void select(SpecElement element) {
		TreeViewer tree = getTreeViewer();
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		following = true;
		try {
			tree.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
		} finally {
			following = false;
		}
	}

	private final class ElementTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((SpecElement) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			// the tree reveals an element selected from the text by expanding its parents
			return SpecElement.all(elements).filter(parent -> parent.children().contains(element)).findFirst().orElse(null);
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((SpecElement) element).children().isEmpty();
		}
	}
}
