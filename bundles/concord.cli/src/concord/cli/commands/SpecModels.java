package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import concord.cli.check.Problem;
import concord.cli.exit.InputError;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecFiles;
import concord.cli.spec.SpecWorkspace;
import concord.dsl.PartnershipStandaloneSetup;
import concord.dsl.ide.document.SpecLibrary;
import concord.model.partnership.PartnershipModel;
import concord.validation.RuleProfile;

/**
 * The model of one spec named on the command line, for the commands that read a whole model (export,
 * diff): a file in any of the spec formats, or {@code git:REV:path} for a version in git. The spec must
 * read without errors; otherwise the command stops with every reading error, by line.
 */
final class SpecModels {

	static final String GIT = "git:";

	private SpecModels() {
	}

	static PartnershipModel read(String named) {
		if (named.startsWith(GIT)) {
			return fromGit(named);
		}
		Path file = SpecFiles.expand(List.of(Path.of(named))).get(0);
		if (Files.isDirectory(file)) {
			throw new InputError(file + ": name one spec file, not a folder");
		}
		LoadedSpec loaded = new SpecWorkspace(RuleProfile.defaults()).loadAll(List.of(file)).get(0);
		if (!loaded.isReadable()) {
			StringBuilder message = new StringBuilder(file + " does not read cleanly:");
			for (Problem problem : loaded.problems()) {
				message.append(System.lineSeparator()).append("  ").append(problem.location()).append(": ").append(problem.message());
			}
			throw new InputError(message.toString());
		}
		if (loaded.resource().getContents().isEmpty() || !(loaded.resource().getContents().get(0) instanceof PartnershipModel model)) {
			throw new InputError(file + ": holds no partnership model");
		}
		return model;
	}

	/** {@code git:REV:path}: the spec as git holds it at REV (path as git show takes it), read beside the file's neighbours. */
	private static PartnershipModel fromGit(String named) {
		int colon = named.indexOf(':', GIT.length());
		if (colon < 0) {
			throw new InputError(named + ": write a version in git as git:REV:path, e.g. git:HEAD~1:hub.partnership");
		}
		String revision = named.substring(GIT.length(), colon);
		String path = named.substring(colon + 1);
		String text = gitShow(revision, path, named);
		Path file = Path.of(path).toAbsolutePath();
		SpecLibrary library = SpecLibrary.of(new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration());
		// read as the file itself, in a library of its own: the working copy is not touched, and its name tells the language
		XtextResource resource = library.read(file, text);
		library.resolveAll();
		if (!resource.getErrors().isEmpty()) {
			throw new InputError(named + ":" + resource.getErrors().get(0).getLine() + ":" + resource.getErrors().get(0).getColumn()
					+ ": " + resource.getErrors().get(0).getMessage());
		}
		return (PartnershipModel) resource.getContents().get(0);
	}

	private static String gitShow(String revision, String path, String named) {
		String object = revision + ":" + (path.startsWith("/") || path.startsWith("./") ? path : "./" + path);
		try {
			Process git = new ProcessBuilder("git", "show", object).redirectErrorStream(false).start();
			byte[] out = git.getInputStream().readAllBytes();
			String err = new String(git.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
			if (git.waitFor() != 0) {
				throw new InputError(named + ": git cannot show " + object + (err.isEmpty() ? "" : " (" + err + ")"));
			}
			return new String(out, java.nio.charset.StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new InputError(named + ": cannot run git (" + e.getMessage() + ")", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InputError(named + ": interrupted while running git", e);
		}
	}
}
