package concord.diagram.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The specs a host (the workbench) holds unsaved in a text editor, and the maps that follow them. The host
 * hands over its text at every change ({@link #hold}, cheap: nothing is read), and asks the open maps of a
 * spec to draw it once typing pauses ({@link #redraw}); a map edit starts from the held text, so it never
 * undoes what was typed, and the host hears of each edit, undo and redo ({@link #tell}) to write it into
 * its own document. While the host holds a spec, it writes the spec's text when a map of it is saved.
 */
public final class UnsavedSpecs {

	/** What the host hears from the maps of the specs it holds. */
	public interface Host {
		/** A map changed the spec's text: an edit, or its undo or redo. */
		void edited(Path spec, String before, String after);

		/** A map was saved while the host holds its spec: the host writes the spec's text (the map wrote its layout). */
		void saveAsked(Path spec);
	}

	private final Map<Path, String> held = new ConcurrentHashMap<>();
	/** The open maps of each spec, by the map's own storage: each takes a text to draw. */
	private final Map<Path, Map<Object, Consumer<String>>> maps = new ConcurrentHashMap<>();
	private final List<Host> hosts = new CopyOnWriteArrayList<>();

	/** The host's editor of {@code spec} holds {@code text} now (perhaps unsaved). */
	public void hold(Path spec, String text) {
		held.put(key(spec), text);
	}

	/** The host no longer holds {@code spec} in an editor: maps read it from disk again. */
	public void release(Path spec) {
		held.remove(key(spec));
	}

	/** The text the host holds for {@code spec}, if it holds one. */
	public Optional<String> held(Path spec) {
		return Optional.ofNullable(held.get(key(spec)));
	}

	/** Asks every open map of {@code spec} to draw {@code text} (unless it shows that text already). */
	public void redraw(Path spec, String text) {
		maps.getOrDefault(key(spec), Map.of()).values().forEach(map -> map.accept(text));
	}

	/** Whether a map of {@code spec} is open. */
	public boolean mapOpen(Path spec) {
		return !maps.getOrDefault(key(spec), Map.of()).isEmpty();
	}

	/** Tells {@code host} what the maps do; the returned action stops telling it. */
	public Runnable tell(Host host) {
		hosts.add(host);
		return () -> hosts.remove(host);
	}

	void opened(Path spec, Object map, Consumer<String> draw) {
		maps.computeIfAbsent(key(spec), any -> new ConcurrentHashMap<>()).put(map, draw);
	}

	void closed(Object map) {
		maps.values().forEach(open -> open.remove(map));
	}

	/**
	 * A map changed the text of {@code spec}. The held text follows only if it is still the one the map started
	 * from: a host that typed meanwhile keeps its words, and sees from {@code before} that the map's edit was
	 * made on an older text.
	 */
	void edited(Path spec, String before, String after) {
		held.replace(key(spec), before, after);
		hosts.forEach(host -> host.edited(key(spec), before, after));
	}

	/** A map of {@code spec} was saved: true if the host holds the spec and so writes its text itself. */
	boolean saveAsked(Path spec) {
		if (held(spec).isEmpty()) {
			return false;
		}
		hosts.forEach(host -> host.saveAsked(key(spec)));
		return true;
	}

	private static Path key(Path spec) {
		return spec.toAbsolutePath().normalize();
	}
}
