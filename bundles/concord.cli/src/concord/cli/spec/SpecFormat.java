package concord.cli.spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The three file formats of a partnership model, told apart by file name. */
public enum SpecFormat {
	/** The partnership language, the primary, git-friendly format. */
	PARTNERSHIP("partnership", ".partnership"),
	/** EMF XMI with stable ids, for EMF tools. */
	XMI("xmi", ".partnership.xmi"),
	/** JSON (emfjson-jackson's EMF mapping), for web tools and scripts. */
	JSON("json", ".partnership.json");

	private final String word;
	private final String suffix;

	SpecFormat(String word, String suffix) {
		this.word = word;
		this.suffix = suffix;
	}

	/** The name used on the command line ({@code --to xmi}). */
	public String word() {
		return word;
	}

	/** The suffix Concord gives new files of this format. */
	public String suffix() {
		return suffix;
	}

	/** The format of a file by its name; empty for names Concord does not read. */
	public static Optional<SpecFormat> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".partnership")) {
			return Optional.of(PARTNERSHIP);
		}
		if (name.endsWith(".xmi")) {
			return Optional.of(XMI);
		}
		if (name.endsWith(".json")) {
			return Optional.of(JSON);
		}
		return Optional.empty();
	}

	/** Whether a folder scan picks the file up: JSON and XMI only with Concord's own suffixes. */
	public static boolean isSpecInFolder(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(PARTNERSHIP.suffix) || name.endsWith(XMI.suffix) || name.endsWith(JSON.suffix);
	}

	/** {@code hub.partnership} with format XMI gives {@code hub.partnership.xmi}, and back. */
	public Path sibling(Path file) {
		String name = file.getFileName().toString();
		String base = name;
		for (SpecFormat format : values()) {
			if (name.toLowerCase(Locale.ROOT).endsWith(format.suffix)) {
				base = name.substring(0, name.length() - format.suffix.length());
				break;
			}
		}
		if (base.equals(name) && name.lastIndexOf('.') > 0) {
			base = name.substring(0, name.lastIndexOf('.'));
		}
		return file.resolveSibling(base + suffix);
	}

	public static String expected() {
		return "expected .partnership, .partnership.xmi (or .xmi) or .partnership.json (or .json)";
	}
}
