package concord.cli.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a library write to our stream without closing it (Jackson closes what it is given). */
final class NonClosingWriter extends FilterWriter {

	NonClosingWriter(Writer out) {
		super(out);
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
