package concord.templates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import concord.model.partnership.PartnershipModel;

/**
 * A trainer's spec made into a pack: the spec as it is, the profile it was checked with, trainer notes
 * (given, or a first draft listing the findings), a thumbnail drawn from the model, and a manifest whose
 * {@code teaches} is exactly what the spec raises under that profile, so the pack checks out as the
 * built-in ones do. Reading and checking the spec is the caller's part (this bundle does not know the
 * language): the command line and the workbench each do it their way and hand over the results.
 */
public final class PackDraft {

	/** What the trainer says about the pack; everything else is read from the spec. */
	public record Description(String id, String title, String summary, String author, String version, List<String> tags,
			List<String> sources) {
	}

	/** A rule profile to ship with the pack. */
	public record Profile(String fileName, byte[] text) {
	}

	private static final String NOTES = "NOTES.md";
	private static final String THUMBNAIL = "thumbnail.svg";

	private final Map<String, byte[]> files = new LinkedHashMap<>();
	private PackManifest manifest;

	private PackDraft() {
	}

	/**
	 * @param findings the rule ids the spec raises under {@code profile}, with one message each, in order
	 * @param notes    the trainer's notes; empty for a first draft
	 */
	public static PackDraft of(String specName, byte[] spec, PartnershipModel model, SortedMap<String, String> findings,
			Optional<Profile> profile, Optional<String> notes, Description description) {
		PackDraft pack = new PackDraft();
		pack.files.put(specName, spec);
		profile.ifPresent(p -> pack.files.put(p.fileName(), p.text()));
		pack.files.put(NOTES, notes.orElseGet(() -> draftNotes(description, findings)).getBytes(StandardCharsets.UTF_8));
		pack.files.put(THUMBNAIL, PackThumbnail.svg(description.title(), model).getBytes(StandardCharsets.UTF_8));
		pack.manifest = new PackManifest(description.id(), description.title(), description.summary(), description.author(),
				description.version(), description.tags(), description.sources(), List.of(specName), profile.map(Profile::fileName),
				NOTES, Optional.of(THUMBNAIL), new ArrayList<>(findings.keySet()));
		return pack;
	}

	public PackManifest manifest() {
		return manifest;
	}

	public Map<String, byte[]> files() {
		return files;
	}

	/** Rule ids the trainer's own notes do not mention, though the pack teaches them. */
	public List<String> unexplained() {
		String notes = new String(files.get(NOTES), StandardCharsets.UTF_8);
		return manifest.teaches().stream().filter(rule -> !notes.contains(rule)).toList();
	}

	private static String draftNotes(Description description, Map<String, String> findings) {
		StringBuilder notes = new StringBuilder("# ").append(description.title()).append("\n\n").append(description.summary())
				.append("\n\n");
		if (!description.sources().isEmpty()) {
			notes.append("**Sources.** ").append(String.join("; ", description.sources())).append("\n\n");
		}
		notes.append("## Findings the case raises\n\n");
		if (findings.isEmpty()) {
			notes.append("None under this pack's profile.\n");
		} else {
			notes.append("| Rule | Finding |\n|---|---|\n");
			findings.forEach((rule, message) -> notes.append("| ").append(rule).append(" | ").append(message.replace("|", "\\|"))
					.append(" |\n"));
		}
		return notes.append("\n## Discussion questions\n\n1. (Draft notes written by Concord when the spec was saved as a pack: "
				+ "replace them with your own.)\n").toString();
	}
}
