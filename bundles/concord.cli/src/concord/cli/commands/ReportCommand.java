package concord.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import concord.cli.exit.ExitCode;
import concord.cli.exit.InputError;
import concord.cli.render.HeadlessChromium;
import concord.cli.render.MapPages;
import concord.cli.spec.SpecFormat;
import concord.dsl.ide.PartnershipIdeSetup;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.resource.AtomicFile;
import concord.report.AssessmentReport;
import concord.report.ReportFindings;
import concord.validation.RuleProfile;
import concord.validation.SpecProfiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord report SPEC [-o FILE] [--format html|pdf] [--profile FILE]}: the assessment for a
 * partnership board as one self-contained HTML file, or printed to an A4 PDF by headless Chromium. The map
 * comes from the map's own exporter ({@link MapPages}); without Chromium an HTML report has a note in its
 * place and a warning goes to standard error, while a PDF cannot be made at all.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Write the assessment of a partnership for its board: summary, map, Kickert matrix, integration ladder, "
				+ "partners and roles, public value canvas, life cycle, risks and gaps.",
				"HTML (one self-contained file) or PDF (A4, printed by Chromium headless)." })
public final class ReportCommand implements Callable<Integer> {

	enum Format {
		HTML, PDF
	}

	@Parameters(index = "0", paramLabel = "SPEC", description = "The spec (.partnership, .partnership.xmi or .partnership.json).")
	String input;

	@Option(names = "--format", paramLabel = "html|pdf", defaultValue = "html", description = "What to write (default: html).")
	Format format;

	@Mixin
	Destination written;

	@Mixin
	ReportOptions rules;

	@Option(names = "--chromium", paramLabel = "PATH", defaultValue = "/usr/bin/chromium",
			description = "The Chromium that draws the map and prints the PDF (default: ${DEFAULT-VALUE}).")
	Path chromium;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Path file = Path.of(input);
		PartnershipModel model = SpecModels.read(input);
		if (model.getPartnerships().isEmpty()) {
			throw new InputError(file + ": records no partnership to report on");
		}
		Partnership partnership = model.getPartnerships().get(0);
		PrintWriter err = spec.commandLine().getErr();
		if (model.getPartnerships().size() > 1) {
			err.println("warning: " + file + " records " + model.getPartnerships().size() + " partnerships; the report is on the first, '"
					+ partnership.getName() + "'");
		}
		Path destination = written.or(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.partnership(\\.xmi|\\.json)?$", "")
				+ "." + format.name().toLowerCase(java.util.Locale.ROOT)));
		written.refuseToReplace(destination);
		SpecProfiles.Found travelling = SpecProfiles.near(file);
		travelling.problems().forEach(problem -> err.println("warning: " + problem));
		RuleProfile profile = travelling.over(RuleProfile.defaults());
		RuleProfile named = rules.named();
		if (named != null) {
			profile = profile.then(named);
		}
		AssessmentReport report = AssessmentReport.of(partnership, ReportFindings.on(model, partnership, profile))
				.spec(file.getFileName().toString()).rules(profiles(travelling, named));
		boolean drawable = SpecFormat.of(file).orElse(null) == SpecFormat.PARTNERSHIP;
		if (!drawable) {
			report.withoutMap("The map is drawn from .partnership specs only; convert this spec to one to see its map here.");
		}
		if (!Files.isExecutable(chromium) && (drawable || format == Format.PDF)) {
			if (format == Format.PDF) {
				MapPages.requireChromium(chromium);
			}
			String why = chromium + ": no Chromium there, so the map could not be drawn (concord render needs it too)";
			err.println("warning: no map in the report: " + why);
			report.withoutMap("The map is not in this report: " + why + ".");
			finish(report, destination, null);
		} else if (drawable) {
			try (MapPages pages = MapPages.start(List.of(file), new PartnershipIdeSetup().createInjectorAndDoEMFRegistration(), chromium)) {
				report.map(new String(pages.draw(pages.specNames().get(0), MapPages.Size.A4, MapPages.Format.SVG), StandardCharsets.UTF_8));
				finish(report, destination, pages.browser());
			}
		} else if (format == Format.PDF) {
			try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
				finish(report, destination, browser);
			}
		} else {
			finish(report, destination, null);
		}
		return ExitCode.OK;
	}

	/** Writes the HTML, or prints it with {@code browser} to a PDF. */
	private void finish(AssessmentReport report, Path destination, HeadlessChromium browser) throws IOException {
		String html = report.html();
		if (format == Format.HTML) {
			write(destination, html.getBytes(StandardCharsets.UTF_8));
			return;
		}
		Path page = Files.createTempFile("concord-report-", ".html");
		try {
			Files.writeString(page, html, StandardCharsets.UTF_8);
			write(destination, browser.printDocument(page));
		} finally {
			Files.deleteIfExists(page);
		}
	}

	private String profiles(SpecProfiles.Found travelling, RuleProfile named) {
		List<String> words = new ArrayList<>(List.of("the built-in rule profile"));
		travelling.files().forEach(f -> words.add(f.getFileName().toString()));
		if (named != null) {
			words.add(rules.profile.getFileName().toString());
		}
		return String.join(" + ", words);
	}

	private void write(Path destination, byte[] content) {
		try {
			AtomicFile.write(destination, content);
		} catch (IOException e) {
			throw InputError.cannotWrite(destination, e);
		}
		spec.commandLine().getOut().println("wrote " + destination);
	}
}
