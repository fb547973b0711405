package concord.workbench.matrix;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;

import concord.model.catalogue.KickertCell;
import concord.model.partnership.ManagementPerspective;
import concord.model.partnership.Partnership;
import concord.report.views.KickertRow;
import concord.workbench.assessment.KickertChoice;
import concord.report.views.PartnerRow;
import concord.workbench.follow.RepresentationView;

/**
 * The Kickert profile matrix (a Sirius-style cross table): the five dimensions of Kickert, Klijn and
 * Koppenjan (1997) against the classical and the network perspective, in the table's own words, with the
 * partnership's choice per dimension marked. Clicking the other cell of a dimension makes it the choice,
 * written into the spec's text (undoable there). The governance's authority structure is shown below,
 * since the organisational setting is read against it.
 */
public final class KickertMatrixView extends RepresentationView {

	public static final String ID = "concord.workbench.matrix.kickert";
	/** Put before the chosen cell's words, so the choice reads without colour too. */
	public static final String CHOSEN = "\u25CF ";
	private static final ManagementPerspective[] PERSPECTIVES = { ManagementPerspective.CLASSICAL, ManagementPerspective.NETWORK };

	private TableViewer viewer;
	private Label authority;
	private Partnership partnership;
	private Color chosenBackground;

	@Override
	protected void createRepresentation(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(parent);
		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		viewer = new TableViewer(tableArea, SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		chosenBackground = new Color(parent.getDisplay(), 0xd6, 0xe8, 0xfa);
		parent.addDisposeListener(event -> chosenBackground.dispose());
		TableViewerColumn dimension = new TableViewerColumn(viewer, SWT.LEFT);
		dimension.getColumn().setText("Dimension");
		dimension.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((KickertRow) element).label();
			}

			@Override
			public Font getFont(Object element) {
				return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
			}
		});
		layout.setColumnData(dimension.getColumn(), new ColumnPixelData(190, true));
		for (ManagementPerspective perspective : PERSPECTIVES) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(PartnerRow.label(perspective));
			column.setLabelProvider(new CellLabels(perspective));
			layout.setColumnData(column.getColumn(), new ColumnWeightData(1, 260, true));
		}
		viewer.getTable().addListener(SWT.MouseDown, event -> {
			TableItem item = viewer.getTable().getItem(new Point(event.x, event.y));
			for (int index = 0; item != null && index < PERSPECTIVES.length; index++) {
				if (item.getBounds(index + 1).contains(event.x, event.y) && partnership != null) {
					KickertChoice.choose((KickertRow) item.getData(), partnership, PERSPECTIVES[index], followed().writer());
				}
			}
		});
		authority = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(authority);
	}

	@Override
	protected void show(Partnership shown) {
		partnership = shown;
		viewer.setInput(shown == null ? List.of() : KickertRow.of(shown));
		authority.setText(shown == null ? "" : authorityLine(shown));
		authority.getParent().layout(true, true);
	}

	private static String authorityLine(Partnership partnership) {
		String structure = KickertRow.authorityStructure(partnership);
		StringBuilder line = new StringBuilder("Authority structure (governance): ")
				.append(structure.isEmpty() ? "not recorded" : structure).append('.');
		line.append(" Click the other cell of a dimension to change the partnership's choice.");
		if (KickertRow.of(partnership).stream().anyMatch(row -> row.cell(ManagementPerspective.CLASSICAL).reconstructed())) {
			line.append(" * wording reconstructed from the standard 1997 table (garbled in the source slides).");
		}
		return line.toString();
	}

	@Override
	protected String nothingToShow() {
		return "Open a partnership spec in the text editor to see its Kickert profile.";
	}

	/** The matrix as a reader sees it: dimension, classical cell, network cell per row. */
	public List<List<String>> cells() {
		return TableCells.of(viewer.getTable());
	}

	/** The line below the matrix (authority structure). */
	public String authorityText() {
		return authority.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** One perspective's cells: the table's words, marked and shaded where the partnership chose them. */
	private final class CellLabels extends ColumnLabelProvider {

		private final ManagementPerspective perspective;

		CellLabels(ManagementPerspective perspective) {
			this.perspective = perspective;
		}

		@Override
		public String getText(Object element) {
			KickertRow row = (KickertRow) element;
			KickertCell cell = row.cell(perspective);
			return (row.chosen() == perspective ? CHOSEN : "") + cell.text() + (cell.reconstructed() ? " *" : "");
		}

		@Override
		public Color getBackground(Object element) {
			return ((KickertRow) element).chosen() == perspective ? chosenBackground : null;
		}

		@Override
		public Font getFont(Object element) {
			return ((KickertRow) element).chosen() == perspective ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
		}

		@Override
		public String getToolTipText(Object element) {
			return getText(element);
		}
	}
}
