package concord.workbench.matrix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A table's cells as a reader sees them: for each row, the texts of its columns in order. */
final class TableCells {

	private TableCells() {
	}

	static List<List<String>> of(Table table) {
		List<List<String>> cells = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> row = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				row.add(item.getText(column));
			}
			cells.add(List.copyOf(row));
		}
		return cells;
	}
}
