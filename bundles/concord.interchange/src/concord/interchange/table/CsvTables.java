package concord.interchange.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files as {@link Table}s, through Apache Commons CSV (RFC 4180 with a header row). Files are UTF-8;
 * the byte-order mark that spreadsheets put in front of "CSV UTF-8" is skipped, and any other encoding is
 * refused with the row and column of the first byte that is not UTF-8, rather than read as mojibake.
 */
public final class CsvTables {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private CsvTables() {
	}

	/** The file as a table, or null when it cannot be read as UTF-8 text (the problem is added). */
	public static Table read(Path file, TableProblems problems) {
		String source = file.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			problems.add(source + ":1:1", "cannot read the file (" + e.getMessage() + ")");
			return null;
		}
		String text = decode(bytes, source, problems);
		if (text == null) {
			return null;
		}
		List<String> header = new ArrayList<>();
		List<TableRow> rows = new ArrayList<>();
		Table table = new Table(source, header, rows);
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (header.isEmpty() && rows.isEmpty()) {
					header.addAll(cells);
				} else {
					// the parser counts records from 1, the header included: that is the spreadsheet's row
					rows.add(new TableRow(table, (int) record.getRecordNumber(), cells));
				}
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			problems.add(source + ":" + Math.max(1, lineOf(text, text.length())) + ":1", "not a CSV file (" + e.getMessage() + ")");
		}
		return table;
	}

	/** The text of UTF-8 {@code bytes}, or null (with a problem at the first bad byte's row and column). */
	private static String decode(byte[] bytes, String source, TableProblems problems) {
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			out.flip();
			String before = out.toString();
			problems.add(source + ":" + lineOf(before, before.length()) + ":" + fieldOf(before),
					"not UTF-8 (byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff)
							+ "); save the sheet as \"CSV UTF-8\"");
			return null;
		}
		decoder.flush(out);
		out.flip();
		return out.toString();
	}

	private static int lineOf(String text, int end) {
		int line = 1;
		for (int i = 0; i < end; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** The 1-based field the end of {@code text} is in, counting the commas of its last line outside quotes. */
	private static int fieldOf(String text) {
		int field = 1;
		boolean quoted = false;
		for (int i = text.lastIndexOf('\n') + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
				field++;
			}
		}
		return field;
	}

	/** Writes {@code header} and {@code rows} as CSV. */
	public static void write(List<String> header, List<List<String>> rows, Writer out) throws IOException {
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
	}
}
