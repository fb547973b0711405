package concord.model.resource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Spec text is UTF-8. Java's readers quietly turn bytes that are not UTF-8 into U+FFFD, so a spec
 * saved as Latin-1 would read with its names changed and no word said. Every reader of spec text
 * decodes through here: it gets the text and, when there is one, the line and column of the first
 * invalid byte, to report as an error.
 */
public final class Utf8Text {

	/**
	 * @param text    the decoded text, invalid bytes replaced by U+FFFD (so a reader can still show it)
	 * @param invalid where the first invalid byte is, or null when the text is valid UTF-8
	 */
	public record Decoded(String text, InvalidByte invalid) {
	}

	/**
	 * @param line   1-based line of the invalid byte
	 * @param column 1-based column (in characters of the text before it on that line)
	 * @param offset the character offset in {@link Decoded#text()}
	 * @param value  the byte, 0-255
	 */
	public record InvalidByte(int line, int column, int offset, int value) {

		/** Plain words for the person who saved the file; the position is in them too, for readers that show no line. */
		public String message() {
			return String.format("the file is not valid UTF-8: byte 0x%02X at line %d, column %d cannot be read; save the file as UTF-8",
					value, line, column);
		}
	}

	private Utf8Text() {
	}

	public static Decoded decode(byte[] bytes) {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = strict.decode(in, out, true);
		if (!result.isError()) {
			strict.flush(out);
			return new Decoded(out.flip().toString(), null);
		}
		String before = out.flip().toString();
		InvalidByte invalid = position(before, bytes[in.position()] & 0xFF);
		return new Decoded(new String(bytes, StandardCharsets.UTF_8), invalid);
	}

	private static InvalidByte position(String before, int value) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < before.length(); i++) {
			if (before.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new InvalidByte(line, before.length() - lineStart + 1, before.length(), value);
	}
}
