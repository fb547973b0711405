package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import concord.cli.check.Problem;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecWorkspace;
import concord.templates.PackException;
import concord.templates.PackManifest;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry.PackCheck;

/**
 * Before a pack is installed, its specs must read in the language: a syntax or reference error is
 * reported as {@code pack-id/spec:line:column} and the pack is refused, so a consultant never starts
 * from a broken template. Its manifest's {@code teaches} must name exactly the rules its specs raise.
 */
final class PackSpecCheck implements PackCheck {

	private final boolean allowMismatch;
	private final Consumer<String> warnings;

	/**
	 * @param allowMismatch install a pack whose {@code teaches} differs from its findings, with a warning
	 * @param warnings      where such a warning goes
	 */
	PackSpecCheck(boolean allowMismatch, Consumer<String> warnings) {
		this.allowMismatch = allowMismatch;
		this.warnings = warnings;
	}

	@Override
	public void check(TemplatePack pack) throws PackException {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("concord-pack-check");
			List<Path> files = new ArrayList<>();
			for (String spec : pack.manifest().specs()) {
				Path file = folder.resolve(Path.of(spec).getFileName().toString());
				Files.write(file, pack.files().get(spec));
				files.add(file);
			}
			List<String> errors = new ArrayList<>();
			SpecWorkspace workspace = new SpecWorkspace(pack.profile());
			Set<String> raised = new TreeSet<>();
			for (LoadedSpec spec : workspace.loadAll(files)) {
				for (Problem problem : spec.problems()) {
					if (problem.isInputError()) {
						errors.add(pack.id() + "/" + spec.file().getFileName() + ":" + problem.line() + ":" + problem.column() + ": "
								+ problem.message());
					}
				}
				workspace.check(spec).stream().filter(Problem::isRuleFinding).forEach(p -> raised.add(p.code()));
			}
			if (!errors.isEmpty()) {
				throw new PackException(pack.id() + ": its specs do not read, so it was not installed:\n  " + String.join("\n  ", errors));
			}
			checkTeaches(pack, raised);
		} catch (IOException e) {
			throw new PackException(pack.id() + ": cannot check its specs (" + e.getMessage() + ")", e);
		} finally {
			delete(folder);
		}
	}

	/**
	 * A pack's {@code teaches} is what a trainer reads to choose it: it must be exactly the rules its
	 * specs raise under its profile (docs/templates.md), or the lesson is not the one announced.
	 */
	private void checkTeaches(TemplatePack pack, Set<String> raised) throws PackException {
		Set<String> declared = new TreeSet<>(pack.manifest().teaches());
		if (declared.equals(raised)) {
			return;
		}
		Set<String> missing = new TreeSet<>(declared);
		missing.removeAll(raised);
		Set<String> undeclared = new TreeSet<>(raised);
		undeclared.removeAll(declared);
		String mismatch = pack.id() + ": " + PackManifest.FILE_NAME + " says the pack teaches " + listed(declared)
				+ ", but its specs raise " + listed(raised) + " under its profile"
				+ (missing.isEmpty() ? "" : "; not raised: " + String.join(", ", missing))
				+ (undeclared.isEmpty() ? "" : "; raised but not in teaches: " + String.join(", ", undeclared));
		if (!allowMismatch) {
			throw new PackException(mismatch + ". Correct 'teaches', or install with --allow-mismatch.");
		}
		warnings.accept("warning: " + mismatch + "; installed anyway (--allow-mismatch)");
	}

	private static String listed(Set<String> rules) {
		return rules.isEmpty() ? "no findings" : String.join(", ", rules);
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
