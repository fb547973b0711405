package concord.report.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.inject.Injector;

import concord.dsl.ide.PartnershipIdeSetup;
import concord.dsl.ide.document.SpecDocument;
import concord.model.partnership.Partnership;
import concord.report.AssessmentReport;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.catalogue.Finding;

/** The specs every report test renders: the UK hub example and the spec of every built-in template pack. */
final class ReportCases {

	/** A stand-in for the map's exporter, which needs Chromium (the command line tests draw the real map). */
	static final String MAP = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\"><title>Map</title>"
			+ "<rect width=\"200\" height=\"100\" fill=\"#eee\"/></svg>";

	private static Injector language;

	record Rendered(Path spec, Partnership partnership, List<Finding> findings, String html) {
		@Override
		public String toString() {
			return spec.getParent().getFileName() + "/" + spec.getFileName();
		}
	}

	private ReportCases() {
	}

	static List<Path> specs() {
		List<Path> specs = new ArrayList<>();
		specs.add(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"));
		try (Stream<Path> files = Files.walk(Path.of(System.getProperty("concord.packs")))) {
			files.filter(f -> f.toString().endsWith(".partnership")).sorted().forEach(specs::add);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return specs;
	}

	static synchronized Rendered render(Path spec) throws IOException {
		if (language == null) {
			language = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration();
		}
		SpecDocument document = SpecDocument.open(spec, language);
		Partnership partnership = document.model().getPartnerships().get(0);
		List<Finding> findings = new RuleValidator(RuleProfile.defaults()).validate(document.model());
		String html = AssessmentReport.of(partnership, findings).spec(spec.getFileName().toString()).date(LocalDate.of(2026, 12, 1))
				.map(MAP).html();
		return new Rendered(spec, partnership, findings, html);
	}
}
