package concord.templates;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import concord.validation.ProfileException;
import concord.validation.RuleProfile;

/**
 * A template pack, read and checked: its manifest and the bytes of every file it holds. Packs are
 * small (see {@link PackLimits}), so they live in memory; nothing is written to disk until a checked
 * pack is installed or a spec is created from it.
 *
 * @param origin where the pack came from, for messages ("built-in", a file path)
 */
public record TemplatePack(PackManifest manifest, Map<String, byte[]> files, String origin) {

	public TemplatePack {
		files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
	}

	public String id() {
		return manifest.id();
	}

	/** The text of a file of the pack (UTF-8). */
	public String text(String name) {
		byte[] bytes = files.get(name);
		if (bytes == null) {
			throw new IllegalArgumentException(origin + " has no file '" + name + "'");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** The trainer notes (Markdown). */
	public String notes() {
		return text(manifest.notes());
	}

	/** The pack's rule profile on top of the defaults, or the defaults when it ships none. */
	public RuleProfile profile() throws PackException {
		Optional<String> name = manifest.profile();
		if (name.isEmpty()) {
			return RuleProfile.defaults();
		}
		try {
			return RuleProfile.defaults().then(RuleProfile.parse(text(name.get()), origin + "!/" + name.get()));
		} catch (ProfileException e) {
			throw new PackException(e.getMessage(), e);
		}
	}
}
