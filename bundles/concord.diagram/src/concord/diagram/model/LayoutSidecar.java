package concord.diagram.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import concord.model.resource.AtomicFile;

/**
 * Where the consultant put things on the map: positions and sizes by element id, kept in a file next
 * to the spec ({@code hub.partnership} → {@code hub.layout.json}), never in the spec. Entries are
 * sorted by id and written one per line, so that git diffs and merges of the sidecar stay readable.
 */
public final class LayoutSidecar {

	/** A placed element: its top-left corner and, if the consultant resized it, its size. */
	public record Placement(double x, double y, Double width, Double height) {
		public Placement moved(double newX, double newY) {
			return new Placement(newX, newY, width, height);
		}
	}

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private final Path file;
	private final TreeMap<String, Placement> placements;

	private LayoutSidecar(Path file, TreeMap<String, Placement> placements) {
		this.file = file;
		this.placements = placements;
	}

	public static Path fileFor(Path spec) {
		String name = spec.getFileName().toString().replaceFirst("\\.partnership$", "");
		return spec.resolveSibling(name + ".layout.json");
	}

	/** Reads the sidecar of a spec; none yet, or one that cannot be read, means nothing is placed. */
	public static LayoutSidecar of(Path spec) {
		Path file = fileFor(spec);
		try {
			return read(file);
		} catch (IOException damaged) {
			// a damaged sidecar costs only positions: the map is laid out afresh and the next save rewrites it
			return new LayoutSidecar(file, new TreeMap<>());
		}
	}

	/**
	 * Reads the sidecar file {@code file} itself (a merge's three versions have names of git's choosing);
	 * none means nothing is placed.
	 *
	 * @throws IOException when the file cannot be read or is not a sidecar
	 */
	public static LayoutSidecar read(Path file) throws IOException {
		TreeMap<String, Placement> placements = new TreeMap<>();
		if (Files.isRegularFile(file)) {
			try {
				Map<String, Placement> read = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
						new TypeToken<Map<String, Placement>>() {
						}.getType());
				if (read != null) {
					read.forEach((id, placement) -> {
						if (placement != null) {
							placements.put(id, placement);
						}
					});
				}
			} catch (JsonParseException e) {
				throw new IOException(file + ": not a layout sidecar (" + e.getMessage() + ")", e);
			}
		}
		return new LayoutSidecar(file, placements);
	}

	/** The same placements, to be saved as {@code other}. */
	public LayoutSidecar savedAs(Path other) {
		return new LayoutSidecar(other, new TreeMap<>(placements));
	}

	/** Forgets an element's placement (it was removed in one version of a merge). */
	public void forget(String id) {
		placements.remove(id);
	}

	public Path file() {
		return file;
	}

	public Optional<Placement> placement(String id) {
		return Optional.ofNullable(placements.get(id));
	}

	public boolean isEmpty() {
		return placements.isEmpty();
	}

	public Map<String, Placement> snapshot() {
		return new TreeMap<>(placements);
	}

	public void restore(Map<String, Placement> snapshot) {
		placements.clear();
		placements.putAll(snapshot);
	}

	public void place(String id, Placement placement) {
		placements.put(id, placement);
	}

	/** Follows a renamed element: its placement moves to the new id. */
	public void rename(String oldId, String newId) {
		Placement placement = placements.remove(oldId);
		if (placement != null) {
			placements.put(newId, placement);
		}
	}

	public void save() throws IOException {
		AtomicFile.write(file, (GSON.toJson(placements) + "\n").getBytes(StandardCharsets.UTF_8));
	}
}
