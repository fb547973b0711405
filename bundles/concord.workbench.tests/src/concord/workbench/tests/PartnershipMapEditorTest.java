package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.hints.HintsView;
import concord.workbench.map.PartnershipMapEditor;
import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.text.SpecOutline;

/**
 * The map editor in the real workbench under Xvfb: the GLSP client in the SWT Browser (WebKitGTK),
 * served in process; what it draws is checked through the Browser, and an edit made in the page marks
 * the editor dirty and File > Save writes the spec.
 */
class PartnershipMapEditorTest {

	private IFile file;

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void theMapOfATemplateShowsItsNodesAndSavesEditsIntoTheSpec() throws Exception {
		file = HubProject.create("maps");

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PartnershipMapEditor map = (PartnershipMapEditor) IDE.openEditor(page, file, PartnershipMapEditor.ID);
		UiWait.until(() -> Boolean.TRUE.equals(map.evaluate("return !!(window.concord && window.concord.loaded);")), "the map loads");
		UiWait.until(() -> MapPage.count(map, "node:organisation") == 12, "the twelve organisations are drawn");
		assertTrue(MapPage.count(map, "node:person") == 7, "the seven people are drawn");
		assertFalse(map.isDirty());

		Path picture = file.getProject().getLocation().toFile().toPath().resolve("hub-map.svg");
		map.exportSvg(picture);
		UiWait.until(() -> Files.exists(picture), "File > Export Map as SVG writes the picture");
		String svg = Files.readString(picture, StandardCharsets.UTF_8);
		assertTrue(svg.contains("<svg") && svg.contains("Victim Support"), svg.substring(0, Math.min(200, svg.length())));

		map.evaluate("window.concord.dispatcher.dispatch({ kind: 'createNode', isOperation: true, elementTypeId: 'node:person', "
				+ "location: { x: 0, y: 0 }, args: {} }); return true;");
		UiWait.until(() -> Boolean.TRUE.equals(map.evaluate("return window.concord.dirty === true;")), "the page has an unsaved edit");
		UiWait.until(map::isDirty, "an edit in the map marks the editor dirty");
		map.doSave(null);
		UiWait.until(() -> !map.isDirty(), "saving clears the dirty mark");
		String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("person \"New person\""), saved);
	}

	@Test
	void whatIsSelectedOnTheMapIsExplainedInHintsAndShownInProperties() throws Exception {
		file = HubProject.create("selections");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HintsView hints = (HintsView) page.showView(HintsView.ID);
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		PartnershipMapEditor map = (PartnershipMapEditor) IDE.openEditor(page, file, PartnershipMapEditor.ID);
		UiWait.until(() -> MapPage.count(map, "node:person") == 7, "the map is drawn");
		UiWait.until(() -> outline.getCurrentPage() instanceof SpecOutline, "the map has an Outline");
		SpecOutline entries = (SpecOutline) outline.getCurrentPage();

		map.evaluate("window.concord.dispatcher.dispatch({ kind: 'elementSelected', selectedElementsIDs: ['actor:Hub co-ordinator'], "
				+ "deselectedElementsIDs: [], deselectAll: true }); return true;");
		UiWait.until(() -> map.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selected
				&& selected.size() == 1, "the map editor reports the selected person");
		Object selected = ((IStructuredSelection) map.getSite().getSelectionProvider().getSelection()).getFirstElement();
		IPropertySource properties = Adapters.adapt(selected, IPropertySource.class);
		Object position = Arrays.stream(properties.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("position"))
				.findFirst().orElseThrow().getId();
		assertEquals("hub co-ordinator", properties.getPropertyValue(position), "Properties shows the person's position");
		UiWait.until(() -> hints.detailText().startsWith("person"), "Hints explains what a person is");
		UiWait.until(() -> SpecElements.selectedIn(outline).equals("Hub co-ordinator"), "the Outline selects the person too");

		entries.setSelection(new StructuredSelection(SpecElements.find(entries.elements(), "Victim Support")));
		UiWait.until(() -> "actor:Victim Support".equals(map.evaluate("return window.concord.selection.join(',');")),
				"choosing an organisation in the Outline selects its node on the map");
	}

	@Test
	void theMapIsDrawnAgainWhenTheSpecIsSavedFromTheText() throws Exception {
		file = HubProject.create("followers");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PartnershipMapEditor map = (PartnershipMapEditor) IDE.openEditor(page, file, PartnershipMapEditor.ID);
		UiWait.until(() -> MapPage.count(map, "node:person") == 7, "the seven people are drawn");

		PartnershipTextEditor text = (PartnershipTextEditor) page.openEditor(new FileEditorInput(file), PartnershipTextEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		IDocument document = text.viewer().getDocument();
		document.replace(document.get().indexOf("person \"PCC officer\""), 0, "person \"Volunteer lead\"\n\n");
		text.doSave(null);
		page.activate(map);
		UiWait.until(() -> MapPage.count(map, "node:person") == 8, "the map draws the person saved from the text");
		assertFalse(map.isDirty(), "redrawing is not an edit");
	}
}
