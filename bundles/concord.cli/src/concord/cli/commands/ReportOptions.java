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
			description = "Rule profile enabling, disabling or re-grading rules (see docs/rules.md).")
	Path profile;

	/** The chosen profile on top of the built-in defaults. */
	public RuleProfile profile() {
		if (profile == null) {
			return RuleProfile.defaults();
		}
		try (Reader reader = Files.newBufferedReader(profile, StandardCharsets.UTF_8)) {
			return RuleProfile.defaults().then(RuleProfile.parse(reader, profile.toString()));
		} catch (NoSuchFileException e) {
			throw new InputError(profile + ": no such profile file", e);
		} catch (IOException e) {
			throw new InputError(profile + ": cannot read the profile (" + e.getMessage() + ")", e);
		} catch (ProfileException e) {
			throw new InputError("the profile has problems:" + System.lineSeparator() + e.getMessage(), e);
		}
	}
}
