package concord.workbench.follow;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import concord.model.helpers.ElementNames;
import concord.model.partnership.Partnership;

/**
 * A Sirius-style representation of the spec in the active text editor: a line saying which spec and
 * partnership it shows (a choice when the spec has several), and the representation below, shown again
 * after each reading of the text. Edit > Undo and Redo while the view is active act on the text editor,
 * where the view's edits were written.
 */
public abstract class RepresentationView extends ViewPart {

	private FollowedSpec followed;
	private Label title;
	private Combo partnerships;
	private Composite body;

	@Override
	public final void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
		title = new Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		partnerships = new Combo(header, SWT.READ_ONLY);
		partnerships.addListener(SWT.Selection, event -> followed.choosePartnership(partnerships.getSelectionIndex()));
		body = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		createRepresentation(body);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), textOperation("Undo in the Text", ITextOperationTarget.UNDO));
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), textOperation("Redo in the Text", ITextOperationTarget.REDO));
		followed = new FollowedSpec(getSite().getPage(), this::refresh);
		followed.start();
	}

	/** Makes the representation's controls inside {@code parent} (a composite with no layout yet). */
	protected abstract void createRepresentation(Composite parent);

	/** Shows {@code partnership} (null: no spec is open in a text editor, or its text does not read). */
	protected abstract void show(Partnership partnership);

	/** What the view says when there is nothing to show, e.g. "Open a spec to see its partner x role matrix". */
	protected abstract String nothingToShow();

	/** The spec being followed, for edits. */
	protected final FollowedSpec followed() {
		return followed;
	}

	private void refresh() {
		if (title.isDisposed()) {
			return;
		}
		Partnership partnership = followed.partnership();
		List<Partnership> all = followed.partnerships();
		if (followed.editor() == null) {
			title.setText(nothingToShow());
		} else if (partnership == null) {
			title.setText(followed.fileName() + ": the text does not read as a spec with a partnership; fix it in the text editor");
		} else {
			title.setText(followed.fileName() + ": " + ElementNames.name(partnership));
		}
		String[] names = all.stream().map(ElementNames::name).toArray(String[]::new);
		if (!List.of(names).equals(List.of(partnerships.getItems()))) {
			partnerships.setItems(names);
		}
		partnerships.select(partnership == null ? -1 : all.indexOf(partnership));
		partnerships.setVisible(all.size() > 1);
		show(partnership);
		title.getParent().layout(true, true);
	}

	private Action textOperation(String label, int operation) {
		return new Action(label) {
			@Override
			public void run() {
				if (followed.editor() != null && followed.editor().getAdapter(ITextOperationTarget.class) instanceof ITextOperationTarget target
						&& target.canDoOperation(operation)) {
					target.doOperation(operation);
				}
			}
		};
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void dispose() {
		if (followed != null) {
			followed.stop();
		}
		super.dispose();
	}
}
