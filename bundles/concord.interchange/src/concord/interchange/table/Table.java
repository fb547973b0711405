package concord.interchange.table;

import java.util.List;

/**
 * One sheet of a spreadsheet or one CSV file as read: where it came from (a file, or a workbook's sheet),
 * its header words in order, and its rows. Rows are numbered as a spreadsheet shows them (the header is
 * row 1), so that an error can send the reader to the cell.
 */
public record Table(String source, List<String> header, List<TableRow> rows) {

	/** The 1-based column of {@code word} in the header, or 0 when the header lacks it. */
	public int column(String word) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().equalsIgnoreCase(word)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** Where the header's cell of {@code column} is, as "source:1:column". */
	public String headerAt(int column) {
		return source + ":1:" + column;
	}
}
