package concord.interchange.table;

import java.util.List;

/** One row of a {@link Table}: its number as a spreadsheet shows it and its cells' text, left to right. */
public record TableRow(Table table, int row, List<String> cells) {

	/** The text of the cell in the column headed {@code word}, stripped; empty when the column or cell is absent. */
	public String get(String word) {
		int column = table.column(word);
		return column == 0 || column > cells.size() || cells.get(column - 1) == null ? "" : cells.get(column - 1).strip();
	}

	/** Where the cell of the column headed {@code word} is, as "source:row:column". */
	public String at(String word) {
		return table.source() + ":" + row + ":" + Math.max(table.column(word), 1);
	}

	/** Whether every cell is blank (a spacer row, skipped). */
	public boolean isBlank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}
}
