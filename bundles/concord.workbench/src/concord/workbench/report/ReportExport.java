package concord.workbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import concord.dsl.ide.document.SpecDocument;
import concord.dsl.validation.FindingIssues;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.resource.AtomicFile;
import concord.report.AssessmentReport;
import concord.report.ReportFindings;
import concord.validation.RuleProfile;
import concord.validation.SpecProfiles;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.map.PartnershipMapEditor;
import concord.workbench.prefs.WorkbenchProfile;

/**
 * File > Export Report: the assessment of the spec a map editor shows, as the command line's
 * {@code concord report} writes it (the same {@link AssessmentReport} and {@link ReportFindings}), with the
 * map as that editor draws it and the findings under the workbench's rule profile and the profiles beside
 * the spec. The words are the map's: a text editor's unsaved words when one is joined to the map.
 */
public final class ReportExport {

	private ReportExport() {
	}

	/**
	 * Writes the report of {@code map}'s spec to {@code target} once the map has drawn its page, then tells
	 * {@code done} what happened in a sentence for the status line: empty when it was written, else why not.
	 */
	public static void write(PartnershipMapEditor map, Path target, Consumer<Optional<String>> done) {
		Path spec = map.spec();
		String text = map.specText();
		if (spec == null || text == null) {
			done.accept(Optional.of("The spec of this map cannot be read, so no report was written."));
			return;
		}
		SpecDocument document = PartnershipLanguage.read(spec, text);
		Optional<Issue> error = document.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR && !FindingIssues.isRuleFinding(i)).findFirst();
		if (error.isPresent()) {
			done.accept(Optional.of(spec.getFileName() + ":" + error.get().getLineNumber() + ": " + error.get().getMessage()
					+ " (fix the spec's reading errors first; no report was written)"));
			return;
		}
		PartnershipModel model = document.model();
		if (model == null || model.getPartnerships().isEmpty()) {
			done.accept(Optional.of(spec.getFileName() + " records no partnership to report on."));
			return;
		}
		Partnership partnership = model.getPartnerships().get(0);
		SpecProfiles.Found travelling = SpecProfiles.near(spec);
		RuleProfile profile = travelling.over(WorkbenchProfile.current());
		StringBuilder rules = new StringBuilder("the workbench's rule profile");
		travelling.files().forEach(f -> rules.append(" + ").append(f.getFileName()));
		AssessmentReport report = AssessmentReport.of(partnership, ReportFindings.on(model, partnership, profile))
				.spec(spec.getFileName().toString()).rules(rules.toString());
		map.drawPage(svg -> {
			try {
				AtomicFile.write(target, report.map(svg).html().getBytes(StandardCharsets.UTF_8));
				done.accept(Optional.empty());
			} catch (IOException e) {
				done.accept(Optional.of(target + ": the report could not be written (" + e.getMessage() + "); nothing was written"));
			}
		});
	}
}
