package concord.templates;

import java.util.Locale;
import java.util.Set;

/**
 * What a pack may hold. Packs are data only: specs, a rule profile, notes, a manifest and pictures.
 * The size limits are far above any real pack and far below what could fill a disk.
 */
public record PackLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

	/** The limits Concord applies to every pack it reads. */
	public static final PackLimits STANDARD = new PackLimits(200, 5L * 1024 * 1024, 20L * 1024 * 1024);

	private static final Set<String> DATA_EXTENSIONS = Set.of("partnership", "profile", "md", "json", "svg", "png", "txt");

	/** Whether an entry's name has a data extension (no code, scripts or archives). */
	public static boolean isData(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && DATA_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** The accepted extensions, for messages. */
	public static String dataExtensions() {
		return String.join(", ", DATA_EXTENSIONS.stream().sorted().toList());
	}
}
