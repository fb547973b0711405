package concord.workbench.hints;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import concord.workbench.text.SpecMarkers;

/**
 * Hints: the definition and source of every concept and rule, in the spirit of Archi's Hints view,
 * so a consultant learns the theory while modelling. A filter finds a word across labels,
 * definitions and sources; the pane below the tree shows the selected topic.
 */
public class HintsView extends ViewPart {

	public static final String ID = "concord.workbench.hints";

	private Text filter;
	private TreeViewer tree;
	private Text detail;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Find a concept or rule (e.g. guardian angel, DF-03, co-location)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new TopicContent());
		tree.setLabelProvider(LabelProvider.createTextProvider(element -> ((HintTopic) element).title()));
		tree.setInput(HintCatalogue.topics());
		tree.addFilter(new TopicFilter());
		detail = new Text(sash, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(3, 2);

		filter.addModifyListener(event -> {
			tree.refresh();
			if (!filter.getText().isBlank()) {
				tree.expandAll();
			}
		});
		tree.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			detail.setText(selected instanceof HintTopic topic ? topic.detail() : "");
		});
		getSite().setSelectionProvider(tree);
		getSite().getPage().addPostSelectionListener(following);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(following);
		super.dispose();
	}

	/** What is selected elsewhere (an element in the Outline, text or map, a finding in Problems) is looked up here. */
	private final ISelectionListener following = (part, selection) -> {
		if (part != this && selection instanceof IStructuredSelection chosen && chosen.size() == 1) {
			topicFor(chosen.getFirstElement()).ifPresent(this::reveal);
		}
	};

	private static Optional<HintTopic> topicFor(Object selected) {
		IMarker finding = Adapters.adapt(selected, IMarker.class);
		if (finding != null && !finding.getAttribute(SpecMarkers.RULE_ID, "").isEmpty()) {
			return HintCatalogue.ofRule(finding.getAttribute(SpecMarkers.RULE_ID, ""));
		}
		EObject element = Adapters.adapt(selected, EObject.class);
		return element == null ? Optional.empty() : HintCatalogue.of(element.eClass());
	}

	/** Shows {@code topic}: the filter is cleared so that it can be seen. */
	public void reveal(HintTopic topic) {
		if (!filter.getText().isEmpty()) {
			filter.setText("");
		}
		tree.setSelection(new StructuredSelection(topic), true);
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	/** Shows what the filter finds; tests and other parts use it like a person typing. */
	public void find(String words) {
		filter.setText(words);
	}

	/** Selects the first topic the filter shows whose title starts with {@code title}. */
	public boolean select(String title) {
		for (HintTopic group : HintCatalogue.topics()) {
			HintTopic found = findVisible(group, title);
			if (found != null) {
				tree.setSelection(new StructuredSelection(found), true);
				return true;
			}
		}
		return false;
	}

	/** The detail pane's text. */
	public String detailText() {
		return detail.getText();
	}

	private HintTopic findVisible(HintTopic topic, String title) {
		if (topic.children().isEmpty()) {
			return topic.title().startsWith(title) && visible(topic) ? topic : null;
		}
		for (HintTopic child : topic.children()) {
			HintTopic found = findVisible(child, title);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private boolean visible(HintTopic topic) {
		return filter.getText().isBlank() || topic.matches(filter.getText());
	}

	private static final class TopicContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((HintTopic) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return HintCatalogue.parentOf((HintTopic) element).orElse(null);
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((HintTopic) element).children().isEmpty();
		}
	}

	/** A group stays while any topic below it matches, so the tree keeps its shape while filtering. */
	private final class TopicFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return filter.getText().isBlank() || anyMatch((HintTopic) element);
		}

		private boolean anyMatch(HintTopic topic) {
			if (topic.matches(filter.getText())) {
				return true;
			}
			return topic.children().stream().anyMatch(this::anyMatch);
		}
	}
}
