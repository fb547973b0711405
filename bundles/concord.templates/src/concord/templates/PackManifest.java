package concord.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pack's {@code pack.json}: who made it, what it is about, which files are its specs, profile,
 * notes and thumbnail, and which rules it is meant to raise (the lesson a trainer plans).
 *
 * @param teaches rule ids the pack's specs should raise under its profile, no more and no fewer
 */
public record PackManifest(String id, String title, String summary, String author, String version, List<String> tags,
		List<String> sources, List<String> specs, Optional<String> profile, String notes, Optional<String> thumbnail,
		List<String> teaches) {

	/** The manifest's file name inside a pack. */
	public static final String FILE_NAME = "pack.json";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
	/**
	 * A manifest is a flat object of strings and lists: a few levels of nesting are all it needs, and a
	 * limit well below Jackson's default keeps a hostile manifest nested 100,000 deep a plain refusal.
	 */
	private static final int MAX_NESTING = 32;
	private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build())
			.enable(SerializationFeature.INDENT_OUTPUT);

	public PackManifest {
		tags = List.copyOf(tags);
		sources = List.copyOf(sources);
		specs = List.copyOf(specs);
		teaches = List.copyOf(teaches);
	}

	/** Whether {@code id} is one the pack format accepts: 2-64 lower-case letters, digits and dashes. */
	public static boolean isValidId(String id) {
		return ID.matcher(id).matches();
	}

	/** Reads and checks a manifest; {@code origin} names the pack in messages. */
	public static PackManifest parse(byte[] json, String origin) throws PackException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		} catch (JsonProcessingException e) {
			String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
			throw new PackException(origin + ": " + FILE_NAME + line + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
		} catch (IOException e) {
			throw new PackException(origin + ": cannot read " + FILE_NAME + " (" + e.getMessage() + ")", e);
		}
		if (root == null || !root.isObject()) {
			throw new PackException(origin + ": " + FILE_NAME + " must hold a JSON object");
		}
		Fields fields = new Fields(root, origin);
		PackManifest manifest = new PackManifest(fields.text("id"), fields.text("title"), fields.text("summary"),
				fields.text("author"), fields.text("version"), fields.list("tags", false), fields.list("sources", true),
				fields.list("specs", true), fields.optional("profile"), fields.optional("notes").orElse("NOTES.md"),
				fields.optional("thumbnail"), fields.list("teaches", false));
		if (!isValidId(manifest.id())) {
			throw new PackException(origin + ": " + FILE_NAME + ": id '" + manifest.id()
					+ "' must be 2-64 lower-case letters, digits and dashes");
		}
		for (String spec : manifest.specs()) {
			if (!spec.endsWith(".partnership")) {
				throw new PackException(origin + ": " + FILE_NAME + ": spec '" + spec + "' is not a .partnership file");
			}
		}
		return manifest;
	}

	/** The manifest as pack.json text. */
	public byte[] toJson() {
		ObjectNode root = JSON.createObjectNode();
		root.put("id", id);
		root.put("title", title);
		root.put("summary", summary);
		root.put("author", author);
		root.put("version", version);
		strings(root.putArray("tags"), tags);
		strings(root.putArray("sources"), sources);
		strings(root.putArray("specs"), specs);
		profile.ifPresent(p -> root.put("profile", p));
		root.put("notes", notes);
		thumbnail.ifPresent(t -> root.put("thumbnail", t));
		strings(root.putArray("teaches"), teaches);
		try {
			return JSON.writeValueAsBytes(root);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a manifest of strings always serialises", e);
		}
	}

	/** Every file the manifest names, in a stable order. */
	public List<String> files() {
		List<String> files = new ArrayList<>(specs);
		profile.ifPresent(files::add);
		files.add(notes);
		thumbnail.ifPresent(files::add);
		return files;
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

	/** Field access with messages that name the missing or mistyped field. */
	private record Fields(JsonNode root, String origin) {

		String text(String name) throws PackException {
			JsonNode value = root.get(name);
			if (value == null || !value.isTextual() || value.asText().isBlank()) {
				throw new PackException(origin + ": " + FILE_NAME + ": field '" + name + "' is missing or not a text");
			}
			return value.asText().strip();
		}

		Optional<String> optional(String name) throws PackException {
			JsonNode value = root.get(name);
			if (value == null || value.isNull()) {
				return Optional.empty();
			}
			if (!value.isTextual()) {
				throw new PackException(origin + ": " + FILE_NAME + ": field '" + name + "' must be a text");
			}
			return Optional.of(value.asText().strip());
		}

		List<String> list(String name, boolean required) throws PackException {
			JsonNode value = root.get(name);
			if (value == null || value.isNull()) {
				if (required) {
					throw new PackException(origin + ": " + FILE_NAME + ": field '" + name + "' is missing");
				}
				return List.of();
			}
			if (!value.isArray()) {
				throw new PackException(origin + ": " + FILE_NAME + ": field '" + name + "' must be a list of texts");
			}
			List<String> items = new ArrayList<>();
			for (JsonNode item : value) {
				if (!item.isTextual()) {
					throw new PackException(origin + ": " + FILE_NAME + ": field '" + name + "' must be a list of texts");
				}
				items.add(item.asText().strip());
			}
			if (required && items.isEmpty()) {
				throw new PackException(origin + ": " + FILE_NAME + ": field '" + name + "' must not be empty");
			}
			return items;
		}
	}
}
