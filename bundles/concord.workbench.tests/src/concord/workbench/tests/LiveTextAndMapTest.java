package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import concord.workbench.map.PartnershipMapEditor;
import concord.workbench.text.PartnershipTextEditor;

/**
 * The text and the map of one spec follow each other's unsaved changes, in the real workbench under Xvfb:
 * words typed in the text editor appear on the map (WebKitGTK) without a save, and an edit on the map
 * appears in the text editor's document as an unsaved change that undo takes back, with the typing kept.
 */
class LiveTextAndMapTest {

	private IFile file;

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void wordsTypedInTheTextAreDrawnOnTheMapBeforeSaving() throws Exception {
		file = HubProject.create("live-text");
		String saved = onDisk();
		IWorkbenchPage page = page();
		PartnershipMapEditor map = openMap(page);
		UiWait.until(() -> MapPage.count(map, "node:person") == 7, "the seven people are drawn");
		PartnershipTextEditor text = openText(page);

		IDocument document = text.viewer().getDocument();
		document.replace(document.get().indexOf("person \"PCC officer\""), 0, "person \"Volunteer lead\"\n\n");
		UiWait.until(() -> MapPage.shows(map, "Volunteer lead"), "the map draws the person typed in the text, unsaved", () -> MapPage.names(map));
		assertEquals(8, MapPage.count(map, "node:person"));
		assertTrue(text.isDirty(), "the text is still unsaved");
		assertEquals(saved, onDisk(), "nothing was saved");
		assertFalse(map.isDirty(), "following the text is not an edit of the map");

		document.replace(document.get().indexOf("person \"Volunteer lead\""), "person \"Volunteer lead\"".length(), "person \"Youth worker\"");
		UiWait.until(() -> MapPage.shows(map, "Youth worker") && !MapPage.shows(map, "Volunteer lead"), "the map follows a rename typed in the text");
	}

	@Test
	void anEditOnTheMapIsAnUnsavedUndoableChangeOfTheTextThatKeepsTheTyping() throws Exception {
		file = HubProject.create("live-map");
		String saved = onDisk();
		IWorkbenchPage page = page();
		PartnershipTextEditor text = openText(page);
		IDocument document = text.viewer().getDocument();
		document.replace(document.get().indexOf("person \"PCC officer\""), 0, "person \"Volunteer lead\"\n\n");

		PartnershipMapEditor map = openMap(page);
		UiWait.until(() -> MapPage.shows(map, "Volunteer lead"), "the map opens on the text's unsaved words", () -> MapPage.names(map));

		map.evaluate("window.concord.dispatcher.dispatch({ kind: 'createNode', isOperation: true, elementTypeId: 'node:person', "
				+ "location: { x: 0, y: 0 }, args: {} }); return true;");
		UiWait.until(() -> document.get().contains("person \"New person\""), "the person drawn on the map is written into the text");
		assertTrue(document.get().contains("person \"Volunteer lead\""), "the typing is kept");
		assertTrue(text.isDirty(), "the text has the map's edit unsaved");
		assertEquals(saved, onDisk(), "nothing was saved");

		map.evaluate("window.concord.dispatcher.dispatch({ kind: 'deleteElement', isOperation: true, "
				+ "elementIds: ['actor:Benefits advice'] }); return true;");
		UiWait.until(() -> !document.get().contains("organisation \"Benefits advice\""), "the organisation deleted on the map leaves the text");
		UiWait.until(() -> !MapPage.shows(map, "Benefits advice"), "and the map");

		text.viewer().getTextOperationTarget().doOperation(ITextOperationTarget.UNDO);
		assertTrue(document.get().contains("organisation \"Benefits advice\""), "undo in the text editor takes the map's deletion back");
		UiWait.until(() -> MapPage.shows(map, "Benefits advice"), "the map draws the organisation again");

		map.doSave(null);
		UiWait.until(() -> !text.isDirty() && !map.isDirty(), "saving the map saves the text too");
		String written = onDisk();
		assertTrue(written.contains("person \"New person\"") && written.contains("person \"Volunteer lead\"")
				&& written.contains("organisation \"Benefits advice\""), written);
	}

	private String onDisk() throws Exception {
		return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private PartnershipMapEditor openMap(IWorkbenchPage page) throws Exception {
		return (PartnershipMapEditor) page.openEditor(new FileEditorInput(file), PartnershipMapEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
	}

	private PartnershipTextEditor openText(IWorkbenchPage page) throws Exception {
		return (PartnershipTextEditor) page.openEditor(new FileEditorInput(file), PartnershipTextEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
	}
}
