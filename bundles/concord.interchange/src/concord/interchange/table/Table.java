package concord.interchange.table;

import java.util.List;

/**
 * One sheet of a spreadsheet or one CSV file as read: where it came from (a file, or a workbook's sheet),
 * its header words in order, and its rows. Rows are numbered as a spreadsheet shows them (the header is
 * row 1), so that an error can send the reader to the cell. Tables are equal only to themselves: rows
 * point back at their table.
 */
public final class Table {

	private final String source;
	private final List<String> header;
	private final List<TableRow> rows;

	/** A table whose header and rows the reader fills in as it reads (a row refers to its table). */
	public Table(String source, List<String> header, List<TableRow> rows) {
		this.source = source;
		this.header = header;
		this.rows = rows;
	}

	public String source() {
		return source;
	}

	public List<String> header() {
		return header;
	}

	public List<TableRow> rows() {
		return rows;
	}

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
