package concord.workbench.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import concord.dsl.ide.document.NewNames;
import concord.model.partnership.CollaborationRole;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.MemberRole;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.Resource;
import concord.workbench.assessment.PartnerEdits;
import concord.report.views.PartnerRow;
import concord.workbench.follow.RepresentationView;

/**
 * The partner x role matrix (a Sirius-style table): one row per member organisation, with its membership
 * role, collaboration roles, leadership attributes, resources and drivers. The organisation's name is
 * edited as text (references follow), the membership role with a choice of the source's roles; a click on
 * collaboration roles, leadership attributes or resources opens a list of check items, each a toggle.
 * Every edit is written into the spec's text, where Edit > Undo takes it back.
 */
public final class PartnerRoleMatrixView extends RepresentationView {

	public static final String ID = "concord.workbench.matrix.partnerRoles";

	/** The columns in the order shown; the toggle columns open a check list when clicked. */
	public enum Column {
		ORGANISATION("Organisation", PartnerRow::organisation),
		MEMBERSHIP_ROLE("Membership role", PartnerRow::memberRoleText),
		COLLABORATION_ROLES("Collaboration roles", row -> lines(row.collaborationRoles())),
		LEADERSHIP("Leadership attributes", row -> lines(row.leadership())),
		RESOURCES("Resources committed", row -> lines(row.resources().stream().map(PartnerRow::resourceText).toList())),
		DRIVERS("Drivers", row -> lines(row.drivers()));

		final String title;
		final Function<PartnerRow, String> text;

		Column(String title, Function<PartnerRow, String> text) {
			this.title = title;
			this.text = text;
		}
	}

	private static final String NOT_RECORDED = "(not recorded)";
	private static final int CELL_PADDING = 4;

	private TableViewer viewer;
	private List<PartnerRow> rows = List.of();

	@Override
	protected void createRepresentation(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (Column column : Column.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			viewerColumn.getColumn().setText(column.title);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text.apply((PartnerRow) element);
				}

				@Override
				public String getToolTipText(Object element) {
					String text = getText(element);
					return text.isEmpty() ? null : text;
				}
			});
			if (column == Column.ORGANISATION) {
				viewerColumn.setEditingSupport(new OrganisationName());
			} else if (column == Column.MEMBERSHIP_ROLE) {
				viewerColumn.setEditingSupport(new MembershipRole());
			}
		}
		drawLinesOfCells(viewer.getTable());
		viewer.getTable().addListener(SWT.MouseDown, event -> {
			TableItem item = viewer.getTable().getItem(new Point(event.x, event.y));
			if (item == null || event.button != 1) {
				return;
			}
			for (Column column : List.of(Column.COLLABORATION_ROLES, Column.LEADERSHIP, Column.RESOURCES)) {
				if (item.getBounds(column.ordinal()).contains(event.x, event.y)) {
					Menu toggles = toggles((PartnerRow) item.getData(), column);
					Rectangle cell = item.getBounds(column.ordinal());
					toggles.setLocation(viewer.getTable().toDisplay(cell.x, cell.y + cell.height));
					toggles.setVisible(true);
				}
			}
		});
	}

	/** A cell with several entries shows one a line; the row is as tall as its longest cell. */
	private static String lines(List<String> entries) {
		return String.join("\n", entries);
	}

	/** Draws the cells' texts line by line (a native table row holds one line). */
	private static void drawLinesOfCells(Table table) {
		table.addListener(SWT.MeasureItem, event -> {
			String text = ((TableItem) event.item).getText(event.index);
			Point extent = event.gc.textExtent(text.isEmpty() ? " " : text);
			event.width = Math.max(event.width, extent.x + 2 * CELL_PADDING);
			event.height = Math.max(event.height, extent.y + CELL_PADDING);
		});
		table.addListener(SWT.EraseItem, event -> event.detail &= ~SWT.FOREGROUND);
		table.addListener(SWT.PaintItem, event -> {
			TableItem item = (TableItem) event.item;
			event.gc.drawText(item.getText(event.index), event.x + CELL_PADDING, event.y + CELL_PADDING / 2, true);
		});
	}

	@Override
	protected void show(Partnership partnership) {
		rows = partnership == null ? List.of() : PartnerRow.of(partnership);
		viewer.setInput(rows);
		// every cell readable without a tooltip: each column as wide as its widest line (the view scrolls)
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
		}
	}

	@Override
	protected String nothingToShow() {
		return "Open a partnership spec in the text editor to see its partner x role matrix.";
	}

	/** The matrix as a reader sees it: for each row, its cells' texts in column order. */
	public List<List<String>> cells() {
		return TableCells.of(viewer.getTable());
	}

	public TableViewer viewer() {
		return viewer;
	}

	/**
	 * The check list a click on a toggle cell opens (one item per choice, checked when it holds; choosing
	 * one toggles it in the spec). Disabled items explain why a cell cannot be changed here.
	 */
	public Menu toggles(PartnerRow row, Column column) {
		Table table = viewer.getTable();
		Menu menu = new Menu(table);
		menu.addListener(SWT.Hide, event -> table.getDisplay().asyncExec(menu::dispose));
		PartnerEdits edits = new PartnerEdits(followed().writer());
		switch (column) {
		case COLLABORATION_ROLES -> {
			for (CollaborationRole role : CollaborationRole.VALUES) {
				toggle(menu, PartnerRow.label(role), row.ownRoles().contains(role), on -> edits.collaborationRole(row, role, on));
			}
		}
		case LEADERSHIP -> {
			if (row.ownLeader().isEmpty()) {
				explain(menu, "The organisation holds no leader role itself; its people's attributes are edited in the text.");
			} else {
				for (LeadershipAttribute attribute : LeadershipAttribute.VALUES) {
					toggle(menu, PartnerRow.label(attribute), row.ownLeader().get().getAttributes().contains(attribute),
							on -> edits.leadershipAttribute(row, attribute, on));
				}
			}
		}
		case RESOURCES -> {
			if (row.resources().isEmpty()) {
				explain(menu, "No resource from this member is recorded; add one in the text (resource ... from ...).");
			}
			for (Resource resource : row.resources()) {
				toggle(menu, PartnerRow.resourceText(resource).replace(" (committed)", "") + ": committed", resource.isCommitted(),
						on -> edits.committed(resource, on));
			}
		}
		default -> explain(menu, "This column is edited in its cell.");
		}
		return menu;
	}

	private static void toggle(Menu menu, String label, boolean checked, Consumer<Boolean> change) {
		MenuItem item = new MenuItem(menu, SWT.CHECK);
		item.setText(label);
		item.setSelection(checked);
		item.addListener(SWT.Selection, event -> change.accept(item.getSelection()));
	}

	private static void explain(Menu menu, String why) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(why);
		item.setEnabled(false);
	}

	/** The organisation's name, checked as a rename is (not empty, one line, not taken). */
	private final class OrganisationName extends EditingSupport {

		OrganisationName() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			return ((PartnerRow) element).organisationDeclaredHere();
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			PartnerRow row = (PartnerRow) element;
			TextCellEditor editor = new TextCellEditor(viewer.getTable());
			PartnershipModel model = (PartnershipModel) row.membership().eResource().getContents().get(0);
			editor.setValidator(value -> {
				String name = ((String) value).strip();
				return name.equals(row.organisation()) ? null : NewNames.problem(model, name).orElse(null);
			});
			editor.addListener(new ICellEditorListener() {
				@Override
				public void applyEditorValue() {
					// the spec says whether it took the name
				}

				@Override
				public void cancelEditor() {
					// nothing was changed
				}

				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					getViewSite().getActionBars().getStatusLineManager().setErrorMessage(editor.getErrorMessage());
				}
			});
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			return ((PartnerRow) element).organisation();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value != null) {
				new PartnerEdits(followed().writer()).renameOrganisation((PartnerRow) element, ((String) value).strip());
			}
		}
	}

	/** The membership role: one of the source's roles, or none. */
	private final class MembershipRole extends EditingSupport {

		MembershipRole() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			List<String> choices = new ArrayList<>(List.of(NOT_RECORDED));
			Arrays.stream(MemberRole.values()).map(PartnerRow::label).forEach(choices::add);
			return new ComboBoxCellEditor(viewer.getTable(), choices.toArray(String[]::new), SWT.READ_ONLY);
		}

		@Override
		protected Object getValue(Object element) {
			return ((PartnerRow) element).memberRole().map(role -> role.ordinal() + 1).orElse(0);
		}

		@Override
		protected void setValue(Object element, Object value) {
			int choice = (Integer) value;
			if (choice >= 0) {
				new PartnerEdits(followed().writer()).memberRole((PartnerRow) element, choice == 0 ? null : MemberRole.values()[choice - 1]);
			}
		}
	}
}
