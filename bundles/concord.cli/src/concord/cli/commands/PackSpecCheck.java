package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import concord.cli.check.Problem;
import concord.cli.spec.LoadedSpec;
import concord.cli.spec.SpecWorkspace;
import concord.templates.PackException;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry.PackCheck;

/**
 * Before a pack is installed, its specs must read in the language: a syntax or reference error is
 * reported as {@code pack-id/spec:line:column} and the pack is refused, so a consultant never starts
 * from a broken template.
 */
final class PackSpecCheck implements PackCheck {

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
			for (LoadedSpec spec : new SpecWorkspace(pack.profile()).loadAll(files)) {
				for (Problem problem : spec.problems()) {
					if (problem.isInputError()) {
						errors.add(pack.id() + "/" + spec.file().getFileName() + ":" + problem.line() + ":" + problem.column() + ": "
								+ problem.message());
					}
				}
			}
			if (!errors.isEmpty()) {
				throw new PackException(pack.id() + ": its specs do not read, so it was not installed:\n  " + String.join("\n  ", errors));
			}
		} catch (IOException e) {
			throw new PackException(pack.id() + ": cannot check its specs (" + e.getMessage() + ")", e);
		} finally {
			delete(folder);
		}
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
