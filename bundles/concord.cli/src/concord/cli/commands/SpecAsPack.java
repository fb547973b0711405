package concord.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import concord.cli.check.Problem;
import concord.cli.exit.InputError;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecWorkspace;
import concord.model.partnership.PartnershipModel;
import concord.templates.PackDraft;
import concord.validation.RuleProfile;

/**
 * Reads and checks a trainer's spec for `concord template save`, then drafts the pack from it: a spec
 * that does not read cannot become a pack; the findings it raises under the profile are what it teaches.
 */
final class SpecAsPack {

	private SpecAsPack() {
	}

	/** @param profile the rules in force, read from {@code profileFile} when there is one */
	static PackDraft of(Path spec, RuleProfile profile, Optional<Path> profileFile, Optional<Path> notesFile,
			PackDraft.Description description) throws IOException {
		SpecWorkspace workspace = new SpecWorkspace(profile);
		LoadedSpec loaded = workspace.loadAll(List.of(spec)).get(0);
		List<Problem> problems = workspace.check(loaded);
		List<String> errors = problems.stream().filter(Problem::isInputError).map(p -> p.location() + ": " + p.message()).toList();
		if (!errors.isEmpty()) {
			throw new InputError("the spec does not read, so it cannot become a pack:\n  " + String.join("\n  ", errors));
		}
		SortedMap<String, String> findings = new TreeMap<>();
		problems.stream().filter(Problem::isRuleFinding).forEach(p -> findings.putIfAbsent(p.code(), p.message()));
		Optional<PackDraft.Profile> shipped = Optional.empty();
		if (profileFile.isPresent()) {
			shipped = Optional.of(new PackDraft.Profile(profileFile.get().getFileName().toString(), Files.readAllBytes(profileFile.get())));
		}
		Optional<String> notes = notesFile.isPresent() ? Optional.of(Files.readString(notesFile.get(), StandardCharsets.UTF_8))
				: Optional.empty();
		PartnershipModel model = (PartnershipModel) loaded.resource().getContents().get(0);
		return PackDraft.of(spec.getFileName().toString(), Files.readAllBytes(spec), model, findings, shipped, notes, description);
	}
}
