package concord.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The report's one place for writing HTML: every text and attribute value passes through
 * {@link #escape(String)}, elements close in order, and a link or source that would leave the document
 * (anything but {@code #fragment} or {@code data:}) is refused, so the report stays self-contained.
 */
final class Html {

	private static final Set<String> LINKS = Set.of("href", "src", "action", "formaction", "poster", "xlink:href");

	private final StringBuilder out = new StringBuilder();
	private final Deque<String> open = new ArrayDeque<>();

	/** Opens {@code tag} with attributes given as name, value pairs (a null value leaves the attribute out). */
	Html start(String tag, String... attributes) {
		tag(tag, attributes);
		open.push(tag);
		return this;
	}

	/** An element without content, e.g. {@code img}. */
	Html empty(String tag, String... attributes) {
		tag(tag, attributes);
		return this;
	}

	/** Closes the innermost open element. */
	Html end() {
		out.append("</").append(open.pop()).append('>');
		return this;
	}

	Html text(String text) {
		out.append(escape(text));
		return this;
	}

	/** {@code <tag ...>text</tag>}. */
	Html element(String tag, String text, String... attributes) {
		return start(tag, attributes).text(text).end();
	}

	Html line() {
		out.append('\n');
		return this;
	}

	/** Text that is itself trusted markup of this bundle (the style sheet): never model text. */
	Html trusted(String markup) {
		out.append(markup);
		return this;
	}

	private void tag(String tag, String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs: " + String.join(", ", attributes));
		}
		out.append('<').append(tag);
		for (int i = 0; i < attributes.length; i += 2) {
			String name = attributes[i];
			String value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			if (LINKS.contains(name) && !value.startsWith("#") && !value.startsWith("data:")) {
				throw new IllegalArgumentException("the report links only inside itself, not to " + value);
			}
			out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
		}
		out.append('>');
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@Override
	public String toString() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("elements left open: " + open);
		}
		return out.toString();
	}
}
