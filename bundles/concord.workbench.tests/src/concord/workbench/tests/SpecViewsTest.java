package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import concord.workbench.hints.HintsView;
import concord.workbench.text.PartnershipTextEditor;
import concord.workbench.text.SpecElement;

/**
 * The views around the text editor follow the consultant: the Outline lists the spec's elements and
 * selects the one under the caret, Properties shows its values (and changes them in the text), Hints
 * explains its concept; Format lays the text out and can be undone.
 */
class SpecViewsTest {

	private IFile file;
	private IWorkbenchPage page;
	private PartnershipTextEditor editor;

	@BeforeEach
	void open() throws Exception {
		file = HubProject.create("views");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.showView(IPageLayout.ID_OUTLINE);
		page.showView(IPageLayout.ID_PROP_SHEET);
		page.showView(HintsView.ID);
		editor = (PartnershipTextEditor) IDE.openEditor(page, file, PartnershipTextEditor.ID);
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void theCaretSelectsItsElementInTheOutlineAndPropertiesAndHintsFollow() {
		UiWait.until(() -> SpecElements.names(editor.outlineElements()).contains("Victim Support"), "the Outline lists the organisations");
		assertTrue(SpecElements.names(editor.outlineElements()).contains("Hub co-ordinator"), SpecElements.names(editor.outlineElements()).toString());

		IDocument document = editor.viewer().getDocument();
		editor.selectAndReveal(document.get().indexOf("legitimacy voluntary"), 0);
		ContentOutline outline = (ContentOutline) page.findView(IPageLayout.ID_OUTLINE);
		UiWait.until(() -> SpecElements.selectedIn(outline).equals("Victim Support"), "the Outline selects the organisation the caret is in");

		// Properties shows what the Outline selected, under the source's labels
		page.activate(outline);
		PropertySheet properties = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		UiWait.until(() -> rows(properties).contains("sector = voluntary / third sector"), "Properties shows the sector");
		assertTrue(rows(properties).contains("name = Victim Support"), rows(properties).toString());

		HintsView hints = (HintsView) page.findView(HintsView.ID);
		UiWait.until(() -> hints.detailText().startsWith("organisation"), "Hints explains what an organisation is");
	}

	@Test
	void aValueChangedInPropertiesIsWrittenIntoTheTextAndCanBeUndone() {
		UiWait.until(() -> SpecElements.find(editor.outlineElements(), "Victim Support") != null, "the Outline lists the organisations");
		SpecElement victimSupport = SpecElements.find(editor.outlineElements(), "Victim Support");
		IPropertySource properties = victimSupport.getAdapter(IPropertySource.class);
		Object sector = victimSupport.element().eClass().getEStructuralFeature("sector");
		properties.setPropertyValue(sector, 0); // the first choice: statutory / public

		String text = editor.viewer().getDocument().get();
		String organisation = text.substring(text.indexOf("organisation \"Victim Support\""), text.indexOf("organisation \"Hate crime support\""));
		assertTrue(organisation.contains("sector statutory-public"), organisation);
		assertTrue(text.contains("// Values marked \"interp.\" are Concord's reading"), "the spec's comments are kept");
		undo();
		assertTrue(editor.viewer().getDocument().get().contains("sector voluntary-third-sector\n\tlegitimacy voluntary\n\tprofessions \"victim support\""),
				"undo restores the sector");
	}

	@Test
	void formatLaysTheTextOutAndUndoTakesItBack() throws Exception {
		IDocument document = editor.viewer().getDocument();
		String canonical = document.get();
		int at = canonical.indexOf("\tsector voluntary-third-sector");
		document.replace(at, 1, "          ");
		String untidy = document.get();

		editor.format();
		assertEquals(canonical, document.get(), "the indentation is put back as the language lays it out");
		undo();
		assertEquals(untidy, document.get(), "undo takes the formatting back");

		document.replace(0, 0, "organisation {\n");
		String broken = document.get();
		editor.format();
		assertEquals(broken, document.get(), "a spec with syntax errors is left as it is");
	}

	@Test
	void termsAndNamesAreColouredAsTheLanguageReadsThem() {
		String text = editor.viewer().getDocument().get();
		StyledText widget = editor.viewer().getTextWidget();
		int term = text.indexOf("voluntary-third-sector");
		int declared = text.indexOf("\"Victim Support\"");
		UiWait.until(() -> (style(widget, term).fontStyle & SWT.ITALIC) != 0, "a kind from the literature is set in italics");
		assertEquals(SWT.BOLD, style(widget, declared).fontStyle, "a declared name is bold");
		int reference = text.indexOf("employer \"Victim Support\"") + "employer ".length();
		assertEquals(style(widget, declared).foreground, style(widget, reference).foreground, "a reference has the colour of names");
		assertEquals(SWT.NORMAL, style(widget, reference).fontStyle, "but is not bold");
	}

	@Test
	void renameGivesAnElementANewNameAndItsReferencesFollow() {
		UiWait.until(() -> SpecElements.find(editor.outlineElements(), "Victim Support") != null, "the spec is read");
		IDocument document = editor.viewer().getDocument();
		long references = count(document.get(), "\"Victim Support\"");
		assertTrue(references > 2, "the hub refers to Victim Support " + references + " times");
		assertTrue(editor.rename(document.get().indexOf("legitimacy voluntary"), "Victim Support Wales"));
		assertEquals(0, count(document.get(), "\"Victim Support\""), document.get());
		assertEquals(references, count(document.get(), "\"Victim Support Wales\""), "every reference follows");
		undo();
		assertEquals(references, count(document.get(), "\"Victim Support\""), "one undo takes the rename back");
	}

	@Test
	void renameFollowsInTheSpecsBesideItOpenOrNot() throws Exception {
		IFile referrals = neighbour("referrals.partnership", "Referrals");
		IFile funding = neighbour("funding.partnership", "Funding");
		PartnershipTextEditor referralsEditor = (PartnershipTextEditor) IDE.openEditor(page, referrals, PartnershipTextEditor.ID);
		IDocument referralsText = referralsEditor.viewer().getDocument();
		page.activate(editor);
		UiWait.until(() -> SpecElements.find(editor.outlineElements(), "Victim Support") != null, "the spec is read");
		IDocument document = editor.viewer().getDocument();

		assertTrue(editor.rename(document.get().indexOf("legitimacy voluntary"), "Victim Support Wales"));
		assertTrue(referralsText.get().contains("member \"UK victim support hub\"::\"Victim Support Wales\" as partner"),
				"the open neighbour's document follows: " + referralsText.get());
		assertTrue(referralsEditor.isDirty(), "and waits to be saved with its editor");
		String written = new String(funding.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(written.contains("member \"UK victim support hub\"::\"Victim Support Wales\" as partner"),
				"the closed neighbour's file follows: " + written);

		((ITextOperationTarget) referralsEditor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertTrue(referralsText.get().contains("::\"Victim Support\" as partner"), "undo in the neighbour's editor takes it back");
	}

	/** A spec beside the hub whose partnership has the hub's Victim Support as a member, by its qualified name. */
	private IFile neighbour(String name, String model) throws Exception {
		IFile spec = file.getProject().getFile(name);
		String text = "model \"" + model + "\"\n\npartnership \"" + model + "\" {\n\tmember \"UK victim support hub\"::\"Victim Support\" as partner\n}\n";
		spec.create(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return spec;
	}

	private static long count(String text, String word) {
		return text.split(Pattern.quote(word), -1).length - 1;
	}

	private static StyleRange style(StyledText widget, int offset) {
		StyleRange style = widget.getStyleRangeAtOffset(offset);
		return style != null ? style : new StyleRange();
	}

	private void undo() {
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
	}

	/** The rows of the Properties view as a user reads them: "label = value". */
	private static List<String> rows(PropertySheet properties) {
		List<String> rows = new ArrayList<>();
		if (properties.getCurrentPage() != null && properties.getCurrentPage().getControl() instanceof Tree tree) {
			for (TreeItem category : tree.getItems()) {
				category.setExpanded(true);
				for (TreeItem row : category.getItems()) {
					rows.add(row.getText(0) + " = " + row.getText(1));
				}
				if (category.getItemCount() == 0) {
					rows.add(category.getText(0) + " = " + category.getText(1));
				}
			}
		}
		return rows;
	}
}
