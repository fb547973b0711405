package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.map.PartnershipMapEditor;
import concord.workbench.report.ReportExport;
import concord.workbench.text.PartnershipTextEditor;

/**
 * File > Export Report in the real workbench under Xvfb: the report of the spec a map shows, with that
 * map as drawn (WebKitGTK) from the text editor's unsaved words, written to disk without saving the spec;
 * a spec that cannot be read gives its line and no file.
 */
class ExportReportTest {

	private static final Pattern MAP_PICTURE = Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");

	private IFile file;

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void theReportShowsTheMapAsDrawnFromTheUnsavedWordsAndEverySection() throws Exception {
		file = HubProject.create("report");
		String saved = onDisk();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PartnershipTextEditor text = (PartnershipTextEditor) page.openEditor(new FileEditorInput(file), PartnershipTextEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		IDocument document = text.viewer().getDocument();
		document.replace(document.get().indexOf("person \"PCC officer\""), 0, "person \"Volunteer lead\"\n\n");
		PartnershipMapEditor map = (PartnershipMapEditor) page.openEditor(new FileEditorInput(file), PartnershipMapEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		UiWait.until(() -> MapPage.shows(map, "Volunteer lead"), "the map draws the unsaved words", () -> MapPage.names(map));

		Path target = file.getProject().getLocation().toFile().toPath().resolve("hub-report.html");
		List<Optional<String>> result = new ArrayList<>();
		ReportExport.write(map, target, result::add);
		UiWait.until(() -> !result.isEmpty(), "the report is written once the map has drawn its page");
		assertEquals(Optional.empty(), result.get(0), "no failure is reported");

		String html = Files.readString(target, StandardCharsets.UTF_8);
		for (String heading : List.of("Summary", "The partnership map", "Management perspective (Kickert)", "Integration ladder",
				"Partners and roles", "Public value canvas", "Life cycle", "Risks by framework", "Gaps in the model")) {
			assertTrue(html.contains(">" + heading + "</h2>"), "the report has the section '" + heading + "'");
		}
		assertTrue(html.contains("Police force") && html.contains("Victim Support"), "the partners are named");
		Matcher picture = MAP_PICTURE.matcher(html);
		assertTrue(picture.find(), "the map is inlined as a picture");
		String svg = new String(Base64.getDecoder().decode(picture.group(1)), StandardCharsets.UTF_8);
		assertTrue(svg.contains("Volunteer lead"), "the map in the report is the one drawn from the unsaved words");
		assertFalse(html.contains("http://") || html.contains("https://"), "the report links to nothing outside itself");
		assertEquals(saved, onDisk(), "exporting the report does not save the spec");
	}

	@Test
	void aSpecThatCannotBeReadGivesItsLineAndNoReport() throws Exception {
		file = HubProject.create("report-broken");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PartnershipTextEditor text = (PartnershipTextEditor) page.openEditor(new FileEditorInput(file), PartnershipTextEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		PartnershipMapEditor map = (PartnershipMapEditor) page.openEditor(new FileEditorInput(file), PartnershipMapEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		UiWait.until(() -> MapPage.shows(map, "Police force"), "the map is drawn");
		IDocument document = text.viewer().getDocument();
		int line = document.getLineOfOffset(document.get().indexOf("person \"PCC officer\"")) + 1;
		document.replace(document.get().indexOf("person \"PCC officer\""), 0, "persn \"Volunteer lead\"\n");

		Path target = file.getProject().getLocation().toFile().toPath().resolve("broken-report.html");
		List<Optional<String>> result = new ArrayList<>();
		ReportExport.write(map, target, result::add);
		UiWait.until(() -> !result.isEmpty(), "the export answers");
		String why = result.get(0).orElse("");
		assertTrue(why.startsWith("hub.partnership:" + line + ": "), why);
		assertTrue(why.endsWith("(fix the spec's reading errors first; no report was written)"), why);
		assertFalse(Files.exists(target), "no report file is written");
	}

	private String onDisk() throws Exception {
		return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
	}
}
