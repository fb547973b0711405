package concord.cli.commands;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import concord.cli.exit.InputError;
import concord.validation.ProfileException;
import concord.validation.RuleProfile;

import picocli.CommandLine.Option;

/** Options for choosing the rules: --profile. */
public final class ReportOptions {

	@Option(names = "--profile", paramLabel = "FILE",
			description = "Rule profile enabling, disabling or re-grading rules (see docs/rules.md), on top of the "
					+ "concord.profile files beside the specs.")
	Path profile;

	/** The chosen profile on top of the built-in defaults. */
	public RuleProfile profile() {
		return profile == null ? RuleProfile.defaults() : RuleProfile.defaults().then(named());
	}

	/** The profile named with --profile alone, to lie over the profiles that travel with the specs; null when none is named. */
	public RuleProfile named() {
		if (profile == null) {
			return null;
		}
		try (Reader reader = Files.newBufferedReader(profile, StandardCharsets.UTF_8)) {
			return RuleProfile.parse(reader, profile.toString());
		} catch (NoSuchFileException e) {
			throw new InputError(profile + ": no such profile file", e);
		} catch (IOException e) {
			throw new InputError(profile + ": cannot read the profile (" + e.getMessage() + ")", e);
		} catch (ProfileException e) {
			throw new InputError("the profile has problems:" + System.lineSeparator() + e.getMessage(), e);
		}
	}
}
