package concord.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import concord.cli.InputError;
import concord.cli.check.Problem;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecWorkspace;
import concord.model.partnership.PartnershipModel;
import concord.templates.PackManifest;
import concord.templates.PackThumbnail;
import concord.validation.RuleProfile;

/**
 * Turns a trainer's spec into a pack: the spec as it is, the profile it is read with, trainer notes
 * (given, or a first draft listing the findings), a thumbnail drawn from the model, and a manifest whose
 * {@code teaches} is exactly what the spec raises under that profile, so the pack checks out as the
 * built-in ones do.
 */
final class SpecAsPack {

	/** What the trainer says about the pack; everything else is read from the spec. */
	record Description(String id, String title, String summary, String author, String version, List<String> tags,
			List<String> sources) {
	}

	private final Map<String, byte[]> files = new LinkedHashMap<>();
	private PackManifest manifest;

	PackManifest manifest() {
		return manifest;
	}

	Map<String, byte[]> files() {
		return files;
	}

	/** @param profile the rules in force, read from {@code profileFile} when there is one */
	static SpecAsPack of(Path spec, RuleProfile profile, Optional<Path> profileFile, Optional<Path> notesFile,
			Description description) throws IOException {
		SpecWorkspace workspace = new SpecWorkspace(profile);
		LoadedSpec loaded = workspace.loadAll(List.of(spec)).get(0);
		List<Problem> problems = workspace.check(loaded);
		List<String> errors = problems.stream().filter(Problem::isInputError).map(p -> p.location() + ": " + p.message()).toList();
		if (!errors.isEmpty()) {
			throw new InputError("the spec does not read, so it cannot become a pack:\n  " + String.join("\n  ", errors));
		}
		Map<String, String> findings = new TreeMap<>();
		problems.stream().filter(Problem::isRuleFinding).forEach(p -> findings.putIfAbsent(p.code(), p.message()));

		SpecAsPack pack = new SpecAsPack();
		String specName = spec.getFileName().toString();
		pack.files.put(specName, Files.readAllBytes(spec));
		Optional<String> profileName = profileFile.map(p -> p.getFileName().toString());
		if (profileFile.isPresent()) {
			pack.files.put(profileName.get(), Files.readAllBytes(profileFile.get()));
		}
		String notes = notesFile.isPresent() ? Files.readString(notesFile.get(), StandardCharsets.UTF_8)
				: draftNotes(description, findings);
		pack.files.put("NOTES.md", notes.getBytes(StandardCharsets.UTF_8));
		PartnershipModel model = (PartnershipModel) loaded.resource().getContents().get(0);
		pack.files.put("thumbnail.svg", PackThumbnail.svg(description.title(), model).getBytes(StandardCharsets.UTF_8));
		pack.manifest = new PackManifest(description.id(), description.title(), description.summary(), description.author(),
				description.version(), description.tags(), description.sources(), List.of(specName), profileName, "NOTES.md",
				Optional.of("thumbnail.svg"), new ArrayList<>(findings.keySet()));
		return pack;
	}

	/** Rule ids the trainer's own notes do not mention, though the pack teaches them. */
	List<String> unexplained() {
		String notes = new String(files.get("NOTES.md"), StandardCharsets.UTF_8);
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
		return notes.append("\n## Discussion questions\n\n1. (Draft notes written by `concord template save`: replace with your own.)\n")
				.toString();
	}
}
