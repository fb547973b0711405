package concord.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import concord.cli.exit.InputError;
import concord.templates.PackDraft;
import concord.templates.PackException;
import concord.templates.PackReader;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord template}: the trainers' packs — list, show, start a spec from one, build, save and install packs. */
@Command(name = "template", mixinStandardHelpOptions = true,
		description = "Template packs: example partnerships with a rule profile and trainer notes.")
public final class TemplateCommand {

	@Option(names = "--templates", paramLabel = "FOLDER", scope = picocli.CommandLine.ScopeType.INHERIT,
			description = "Folder of installed packs (default: $CONCORD_HOME/templates or ~/.concord/templates).")
	Path userFolder;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	TemplateRegistry registry() {
		return new TemplateRegistry(userFolder != null ? userFolder : TemplateRegistry.defaultUserFolder());
	}

	private java.util.function.Consumer<String> warning() {
		return message -> spec.commandLine().getErr().println("concord: " + message);
	}

	PrintWriter out() {
		return spec.commandLine().getOut();
	}

	@Command(name = "list", description = "List the built-in and installed packs.")
	int list(@Mixin HelpOption help) {
		List<String> problems = new ArrayList<>();
		TemplateRegistry registry = registry();
		Set<String> builtIn = registry.builtIn().stream().map(TemplatePack::origin).collect(Collectors.toSet());
		List<TemplatePack> packs = registry.all(problems);
		// the id column is as wide as the longest id, so a long installed id does not push its title out of line
		String row = "%-" + packs.stream().mapToInt(p -> p.id().length()).max().orElse(2) + "s  %-9s  %s%n";
		for (TemplatePack pack : packs) {
			String where = builtIn.contains(pack.origin()) ? "built-in" : "installed";
			out().printf(row, pack.id(), where, pack.manifest().title());
		}
		problems.forEach(p -> spec.commandLine().getErr().println("concord: skipped a broken pack: " + p));
		return 0;
	}

	@Command(name = "show", description = "Show a pack's manifest and trainer notes.")
	int show(@Mixin HelpOption help, @Parameters(paramLabel = "ID") String id) {
		TemplatePack pack = find(id);
		var m = pack.manifest();
		out().println(m.title() + "  (" + m.id() + " " + m.version() + ", by " + m.author() + ")");
		out().println(m.summary());
		out().println("Specs:    " + String.join(", ", m.specs()));
		m.profile().ifPresent(p -> out().println("Profile:  " + p));
		out().println("Teaches:  " + (m.teaches().isEmpty() ? "(no findings)" : String.join(", ", m.teaches())));
		out().println("Tags:     " + String.join(", ", m.tags()));
		out().println("Sources:  " + String.join("; ", m.sources()));
		out().println();
		out().print(pack.notes());
		return 0;
	}

	@Command(name = "new", description = { "Start a new spec from a pack: copies its specs, notes (ID-notes.md) and profile "
			+ "(ID.profile, followed through .concord) into FOLDER, and says what to do next." })
	int create(@Mixin HelpOption help, @Parameters(index = "0", paramLabel = "ID") String id,
			@Parameters(index = "1", paramLabel = "FOLDER", defaultValue = ".") Path folder) {
		TemplatePack pack = find(id);
		List<Path> written;
		try {
			written = registry().newSpecs(pack, folder);
		} catch (PackException e) {
			throw new InputError(e.getMessage(), e);
		}
		written.forEach(file -> out().println("wrote " + file));
		Path firstSpec = folder.resolve(Path.of(pack.manifest().specs().get(0)).getFileName());
		out().println();
		out().println("Next:");
		out().println("  concord validate " + folder + "    the findings the case raises"
				+ (pack.manifest().teaches().isEmpty() ? "" : " (" + String.join(", ", pack.manifest().teaches()) + ")")
				+ (pack.manifest().profile().isPresent() ? ", under the pack's profile" : ""));
		out().println("  concord serve " + firstSpec + "    the case as a map in a browser");
		written.stream().filter(file -> file.getFileName().toString().endsWith("-notes.md")).findFirst()
				.ifPresent(notes -> out().println("  read " + notes + "    what the case shows and questions to discuss"));
		return 0;
	}

	@Command(name = "install", description = "Check a pack (.zip or folder) and install it.")
	int install(@Mixin HelpOption help, @Parameters(paramLabel = "PACK") Path source,
			@Option(names = "--replace", description = "Replace an installed pack with the same id.") boolean replace,
			@Option(names = "--allow-mismatch", description = "Install even if 'teaches' differs from the findings its specs raise (with a warning).")
			boolean allowMismatch) {
		try {
			TemplatePack pack = registry().install(source, replace, new PackSpecCheck(allowMismatch, warning()));
			out().println("installed " + pack.id() + " (" + pack.manifest().title() + ") into " + registry().userFolder());
		} catch (PackException e) {
			throw new InputError(e.getMessage(), e);
		}
		return 0;
	}

	@Command(name = "pack", description = "Check a pack folder and write it as a .zip to share.")
	int pack(@Mixin HelpOption help, @Parameters(index = "0", paramLabel = "FOLDER") Path folder,
			@Option(names = { "-o", "--output" }, paramLabel = "ZIP", description = "Default: ID-VERSION.zip here.") Path output) {
		try {
			TemplatePack pack = new PackReader().read(folder);
			Path zip = output != null ? output
					: Path.of(pack.id() + "-" + pack.manifest().version() + ".zip");
			Map<String, byte[]> files = pack.files();
			TemplateRegistry.writeZip(pack.manifest(), files, zip);
			out().println("wrote " + zip);
		} catch (PackException e) {
			throw new InputError(e.getMessage(), e);
		}
		return 0;
	}

	@Command(name = "save", description = { "Save a spec as a new pack: the spec, its profile, trainer notes (given or drafted), "
			+ "a thumbnail drawn from the model, and a manifest that teaches exactly the findings the spec raises.",
			"Writes a .zip (-o), or installs the pack (--install)." })
	int save(@Mixin HelpOption help, @Parameters(paramLabel = "SPEC") Path specFile, @Mixin ReportOptions rules,
			@Option(names = "--id", required = true, paramLabel = "ID", description = "Lower-case letters, digits and '-'.") String id,
			@Option(names = "--title", required = true) String title,
			@Option(names = "--summary", defaultValue = "") String summary,
			@Option(names = "--author", defaultValue = "") String author,
			@Option(names = "--version", defaultValue = "1.0.0") String version,
			@Option(names = "--tag", paramLabel = "TAG") List<String> tags,
			@Option(names = "--source", paramLabel = "SOURCE", description = "A source to cite, e.g. 'Parker, Hartley, Beashel & Vo (2020)'.") List<String> sources,
			@Option(names = "--notes", paramLabel = "FILE", description = "Trainer notes in Markdown; default: a draft listing the findings.") Path notes,
			@Option(names = { "-o", "--output" }, paramLabel = "ZIP", description = "Default: ID-VERSION.zip here.") Path output,
			@Option(names = "--install", description = "Install the pack instead of writing a zip here.") boolean install,
			@Option(names = "--replace", description = "With --install: replace an installed pack with the same id.") boolean replace) {
		if (!Files.isRegularFile(specFile)) {
			throw new InputError(specFile + ": no such spec");
		}
		try {
			PackDraft.Description description = new PackDraft.Description(id, title, summary.isEmpty() ? title : summary,
					author.isEmpty() ? System.getProperty("user.name", "") : author, version, tags == null ? List.of() : tags,
					sources == null ? List.of() : sources);
			PackDraft pack = SpecAsPack.of(specFile, rules.profile(), Optional.ofNullable(rules.profile), Optional.ofNullable(notes),
					description);
			for (String rule : pack.unexplained()) {
				spec.commandLine().getErr().println("concord: the notes do not mention " + rule + ", which the pack teaches");
			}
			Path zip = install ? Files.createTempFile("concord-pack", ".zip")
					: output != null ? output : Path.of(id + "-" + version + ".zip");
			TemplateRegistry.writeZip(pack.manifest(), pack.files(), zip);
			if (install) {
				try {
					TemplatePack installed = registry().install(zip, replace, new PackSpecCheck(false, warning()));
					out().println("installed " + installed.id() + " (teaches " + String.join(", ", installed.manifest().teaches())
							+ ") into " + registry().userFolder());
				} finally {
					Files.deleteIfExists(zip);
				}
			} else {
				out().println("wrote " + zip + " (teaches " + String.join(", ", pack.manifest().teaches()) + ")");
			}
		} catch (PackException e) {
			throw new InputError(e.getMessage(), e);
		} catch (IOException e) {
			throw new InputError(specFile + ": cannot save as a pack (" + e.getMessage() + ")", e);
		}
		return 0;
	}

	private TemplatePack find(String id) {
		return registry().find(id).orElseThrow(() -> new InputError(
				"no template pack '" + id + "'; 'concord template list' shows the available ones"));
	}
}
