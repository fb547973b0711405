package concord.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rule profiles that travel with a spec: a {@code concord.profile} in the spec's folder or a folder
 * above it, or the profile a {@code .concord} settings file there names ({@code profile teaching.profile}),
 * so that a template copied beside its pack's profile teaches what its notes say, in the command line, the
 * language server, the map and the workbench alike. Folders are searched up to the first that holds
 * {@code .git} (the project); the outermost profile applies first and the one nearest the spec last.
 * This is the one place that finds them; {@link ActiveProfile} and the command line ask here.
 */
public final class SpecProfiles {

	/** The profile file a folder's specs follow. */
	public static final String PROFILE = "concord.profile";
	/** A folder's settings file; its line {@code profile FILE} names the profile instead. */
	public static final String SETTINGS = ".concord";

	private SpecProfiles() {
	}

	/**
	 * What the profiles near one spec say together.
	 *
	 * @param profile  the profiles laid over each other, outermost first; null when there are none
	 * @param files    the profile files applied, outermost first
	 * @param problems each problem as {@code file:line: problem}; a file with problems is not applied
	 */
	public record Found(RuleProfile profile, List<Path> files, List<String> problems) {

		/** {@code base} with these profiles on top. */
		public RuleProfile over(RuleProfile base) {
			return profile == null ? base : base.then(profile);
		}
	}

	/** The profiles that apply to the spec {@code file}. */
	public static Found near(Path file) {
		List<Path> candidates = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Path folder = file.toAbsolutePath().normalize().getParent();
		for (; folder != null; folder = folder.getParent()) {
			Path profile = profileOf(folder, problems);
			if (profile != null) {
				candidates.add(profile);
			}
			if (Files.exists(folder.resolve(".git"))) {
				break;
			}
		}
		Collections.reverse(candidates);
		RuleProfile together = null;
		List<Path> applied = new ArrayList<>();
		for (Path candidate : candidates) {
			try {
				RuleProfile read = RuleProfile.parse(Files.readString(candidate, StandardCharsets.UTF_8), candidate.toString());
				together = together == null ? read : together.then(read);
				applied.add(candidate);
			} catch (ProfileException e) {
				problems.addAll(e.problems());
			} catch (IOException e) {
				problems.add(candidate + ": cannot read the profile (" + e.getMessage() + ")");
			}
		}
		return new Found(together, List.copyOf(applied), List.copyOf(problems));
	}

	/** The profile {@code folder}'s settings name, else its concord.profile; null when it has neither. */
	private static Path profileOf(Path folder, List<String> problems) {
		Path settings = folder.resolve(SETTINGS);
		if (Files.isRegularFile(settings)) {
			try {
				List<String> lines = Files.readAllLines(settings, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).replaceFirst("#.*", "").strip();
					if (line.isEmpty()) {
						continue;
					}
					if (!line.startsWith("profile ")) {
						problems.add(settings + ":" + (i + 1) + ": unknown setting '" + line + "' (the one setting is: profile FILE)");
						continue;
					}
					Path named = folder.resolve(line.substring("profile ".length()).strip()).normalize();
					if (!Files.isRegularFile(named)) {
						problems.add(settings + ":" + (i + 1) + ": no profile file " + named.getFileName() + " in " + folder);
						return null;
					}
					return named;
				}
			} catch (IOException e) {
				problems.add(settings + ": cannot read the settings (" + e.getMessage() + ")");
			}
		}
		Path profile = folder.resolve(PROFILE);
		return Files.isRegularFile(profile) ? profile : null;
	}
}
