package concord.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import concord.cli.exit.ExitCode;
import concord.cli.exit.InputError;
import concord.cli.render.MapPages;
import concord.cli.render.MapPages.Format;
import concord.cli.render.MapPages.Size;
import concord.dsl.ide.PartnershipIdeSetup;
import concord.model.resource.AtomicFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord render SPEC|FOLDER... --format svg|png|pdf [--size a4|16x9]}: the map of each spec as a
 * page for a meeting (title, date, legend), drawn by the map's own client in headless Chromium, exactly
 * as Export in the browser draws it. A folder renders every spec in it and below it.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = { "Draw the map of each spec as a page with its title, the date and the legend: SVG, PNG or PDF.",
				"Uses Chromium headless (the map's own client); a folder renders every .partnership file in it." })
public final class RenderCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SPEC", arity = "1..*", description = ".partnership files, or folders of them")
	List<Path> inputs;

	@Option(names = "--format", paramLabel = "svg|png|pdf", defaultValue = "svg", description = "What to write (default: svg).")
	Format format;

	@Option(names = "--size", paramLabel = "a4|16x9", defaultValue = "a4", converter = SizeConverter.class,
			description = "A4 landscape or a 16:9 slide (default: a4).")
	Size size;

	@Option(names = "--out", paramLabel = "FOLDER", description = "Where to write the pages (default: beside each spec).")
	Path out;

	@Option(names = "--chromium", paramLabel = "PATH", defaultValue = "/usr/bin/chromium", description = "The Chromium to draw with.")
	Path chromium;

	static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Size> {
		@Override
		public Size convert(String value) {
			for (Size candidate : Size.values()) {
				if (candidate.word.equalsIgnoreCase(value)) {
					return candidate;
				}
			}
			throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a page size: a4 or 16x9");
		}
	}

	@Override
	public Integer call() throws Exception {
		List<Path> specs = specs();
		PrintWriter report = spec.commandLine().getOut();
		try (MapPages pages = MapPages.start(specs, new PartnershipIdeSetup().createInjectorAndDoEMFRegistration(), chromium)) {
			for (String name : pages.specNames()) {
				Path page = target(pages.spec(name));
				byte[] drawn = pages.draw(name, size, format);
				try {
					AtomicFile.write(page, drawn);
				} catch (IOException e) {
					throw InputError.cannotWrite(page, e);
				}
				report.println(page);
			}
		}
		report.flush();
		return ExitCode.OK;
	}

	private List<Path> specs() throws IOException {
		List<Path> specs = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> files = Files.walk(input)) {
					files.filter(f -> f.getFileName().toString().endsWith(".partnership")).sorted().forEach(specs::add);
				}
			} else if (Files.isRegularFile(input) && input.getFileName().toString().endsWith(".partnership")) {
				specs.add(input);
			} else {
				throw new InputError(input + ": neither a .partnership spec nor a folder");
			}
		}
		if (specs.isEmpty()) {
			throw new InputError(inputs + ": no .partnership specs found");
		}
		return specs;
	}

	private Path target(Path source) throws IOException {
		String name = source.getFileName().toString().replaceFirst("\\.partnership$", "") + "." + format.name().toLowerCase(java.util.Locale.ROOT);
		if (out == null) {
			return source.resolveSibling(name);
		}
		Files.createDirectories(out);
		// specs of one name from different folders must not overwrite each other's pages
		Path page = out.resolve(name);
		for (int n = 2; written.contains(page); n++) {
			page = out.resolve(name.replaceFirst("\\.", "-" + n + "."));
		}
		written.add(page);
		return page;
	}

	private final List<Path> written = new ArrayList<>();
}
