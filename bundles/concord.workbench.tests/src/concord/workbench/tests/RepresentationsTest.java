package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import concord.model.catalogue.IntegrationScale;
import concord.report.views.PartnerRow;
import concord.workbench.canvas.PublicValueCanvasView;
import concord.workbench.ladder.IntegrationLadderView;
import concord.workbench.ladder.IntegrationLadderView.DrawnRung;
import concord.workbench.matrix.KickertMatrixView;
import concord.workbench.matrix.PartnerRoleMatrixView;
import concord.workbench.matrix.PartnerRoleMatrixView.Column;
import concord.workbench.text.PartnershipTextEditor;

/**
 * The Sirius-style representations of the UK hub, open beside its text editor in the real workbench: the
 * partner x role matrix (a cell edited, the spec's words changed, Edit > Undo from the matrix restoring
 * them), the Kickert profile matrix (the hub's choices marked, a click choosing the other cell), the
 * integration ladder (three scales, "collaboration" at different heights) and the public value canvas.
 * Each view's picture is saved for docs/images/.
 */
class RepresentationsTest {

	private static final String UNDO = "org.eclipse.ui.edit.undo";

	private IFile file;
	private IWorkbenchPage page;
	private PartnershipTextEditor editor;
	private IDocument document;

	@BeforeEach
	void open() throws Exception {
		file = HubProject.create("representations");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PartnershipTextEditor) IDE.openEditor(page, file, PartnershipTextEditor.ID);
		document = editor.viewer().getDocument();
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		for (String id : List.of(PartnerRoleMatrixView.ID, KickertMatrixView.ID, IntegrationLadderView.ID, PublicValueCanvasView.ID)) {
			if (page.findView(id) != null) {
				page.hideView(page.findView(id));
			}
		}
		HubProject.delete(file);
	}

	@Test
	void thePartnerRoleMatrixHasARowPerMemberAndAChosenMembershipRoleIsWrittenIntoTheTextAndUndone() throws Exception {
		PartnerRoleMatrixView matrix = (PartnerRoleMatrixView) page.showView(PartnerRoleMatrixView.ID);
		UiWait.until(() -> matrix.cells().size() == 11, "a row for each of the hub's eleven members");
		Map<String, List<String>> rows = byOrganisation(matrix.cells());
		assertEquals("commissioner and funder", rows.get("Police and Crime Commissioner").get(Column.MEMBERSHIP_ROLE.ordinal()));
		assertEquals("Entrepreneur", rows.get("Police and Crime Commissioner").get(Column.LEADERSHIP.ordinal()));
		assertEquals("funding: PCC funding for victim services\npremises: Shared open-plan office",
				rows.get("Police and Crime Commissioner").get(Column.RESOURCES.ordinal()), "two resources, one a line");
		assertEquals("Networker (relational competence), Commitment (Hub co-ordinator)", rows.get("Victim Support").get(Column.LEADERSHIP.ordinal()),
				"a leader employed by the member is shown in its row, named");
		assertEquals("staff: Largest contributor of hub staff", rows.get("Victim Support").get(Column.RESOURCES.ordinal()));
		assertEquals("Resource Exchange 1.0 'Financial survival'",
				rows.get("Lesbian, gay, bisexual and transgender support").get(Column.DRIVERS.ordinal()));
		ViewPicture.save(matrix, "workbench-partner-role-matrix");

		String before = document.get();
		assertTrue(before.contains("member \"Police force\" as referrer"), before);
		CCombo roles = (CCombo) cellEditor(matrix, "Police force", Column.MEMBERSHIP_ROLE);
		roles.select(Arrays.asList(roles.getItems()).indexOf("partner"));
		roles.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
		assertTrue(document.get().contains("member \"Police force\" as partner"), "the spec's words change: " + document.get());
		assertTrue(document.get().contains("// Values marked \"interp.\" are Concord's reading"), "the spec's comments are kept");
		UiWait.until(() -> "partner".equals(byOrganisation(matrix.cells()).get("Police force").get(Column.MEMBERSHIP_ROLE.ordinal())),
				"the matrix shows the new role once the text is read again");

		page.activate(matrix);
		matrix.getSite().getService(IHandlerService.class).executeCommand(UNDO, null); // Edit > Undo with the matrix active
		assertEquals(before, document.get(), "undo restores the spec's text");
		UiWait.until(() -> "referrer".equals(byOrganisation(matrix.cells()).get("Police force").get(Column.MEMBERSHIP_ROLE.ordinal())),
				"the matrix follows the undo");
	}

	@Test
	void aCollaborationRoleToggledInTheMatrixBecomesARoleStatementAndAnOrganisationRenamedThereIsRenamedEverywhere() throws Exception {
		PartnerRoleMatrixView matrix = (PartnerRoleMatrixView) page.showView(PartnerRoleMatrixView.ID);
		UiWait.until(() -> matrix.cells().size() == 11, "the matrix is filled");
		String before = document.get();
		Menu toggles = matrix.toggles(row(matrix, "Victim Support"), Column.COLLABORATION_ROLES);
		MenuItem champions = Arrays.stream(toggles.getItems()).filter(item -> item.getText().equals("champions")).findFirst().orElseThrow();
		assertFalse(champions.getSelection(), "Victim Support plays no collaboration role in the hub");
		champions.setSelection(true);
		champions.notifyListeners(SWT.Selection, new Event());
		toggles.dispose();
		assertTrue(document.get().contains("role champion played-by \"Victim Support\""), document.get());
		UiWait.until(() -> "champions".equals(byOrganisation(matrix.cells()).get("Victim Support").get(Column.COLLABORATION_ROLES.ordinal())),
				"the matrix shows the role");
		undo(matrix);
		assertEquals(before, document.get(), "undo takes the role statement out again");

		Text name = (Text) cellEditor(matrix, "Witness care", Column.ORGANISATION);
		name.setText("Witness Care Unit");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		assertFalse(document.get().contains("\"Witness care\""), "every reference follows the new name");
		assertTrue(document.get().contains("organisation \"Witness Care Unit\"") && document.get().contains("member \"Witness Care Unit\" as partner"),
				document.get());
		undo(matrix);
		assertEquals(before, document.get(), "undo takes the rename back");
	}

	@Test
	void aLeadershipAttributeAndACommitmentToggledInTheMatrixAreWrittenIntoTheText() throws Exception {
		PartnerRoleMatrixView matrix = (PartnerRoleMatrixView) page.showView(PartnerRoleMatrixView.ID);
		UiWait.until(() -> matrix.cells().size() == 11, "the matrix is filled");
		String before = document.get();
		choose(matrix.toggles(row(matrix, "Police and Crime Commissioner"), Column.LEADERSHIP), "Commitment");
		String leader = document.get().substring(document.get().indexOf("leader \"Police and Crime Commissioner\""),
				document.get().indexOf("leader \"Hub co-ordinator\""));
		assertTrue(leader.contains("entrepreneur") && leader.contains("commitment"), leader);
		UiWait.until(() -> "Entrepreneur, Commitment".equals(byOrganisation(matrix.cells()).get("Police and Crime Commissioner").get(Column.LEADERSHIP.ordinal())),
				"the matrix shows the attribute");
		undo(matrix);
		assertEquals(before, document.get(), "undo takes the attribute back");

		choose(matrix.toggles(row(matrix, "Victim Support"), Column.RESOURCES), "staff: Largest contributor of hub staff: committed");
		UiWait.until(() -> "staff: Largest contributor of hub staff (committed)".equals(
				byOrganisation(matrix.cells()).get("Victim Support").get(Column.RESOURCES.ordinal())), "the resource is committed");
		String resource = document.get().substring(document.get().indexOf("resource staff"), document.get().indexOf("resource premises"));
		assertTrue(resource.contains("committed"), resource);
		undo(matrix);
		assertEquals(before, document.get(), "undo takes the commitment back");

		Menu explained = matrix.toggles(row(matrix, "Police force"), Column.LEADERSHIP);
		assertFalse(explained.getItems()[0].isEnabled());
		assertTrue(explained.getItems()[0].getText().startsWith("The organisation holds no leader role itself"), explained.getItems()[0].getText());
		explained.dispose();
	}

	@Test
	void theMatrixFollowsTheActiveTextEditor() throws Exception {
		PartnerRoleMatrixView matrix = (PartnerRoleMatrixView) page.showView(PartnerRoleMatrixView.ID);
		UiWait.until(() -> matrix.cells().size() == 11, "the hub's members");
		IFile pair = file.getProject().getFile("pair.partnership");
		String text = "model \"Pair\"\n\norganisation \"Council\"\n\norganisation \"Trust\"\n\npartnership \"Pair\" {\n"
				+ "\tmember \"Council\" as lead-agency\n\tmember \"Trust\" as partner\n}\n";
		pair.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		PartnershipTextEditor other = (PartnershipTextEditor) IDE.openEditor(page, pair, PartnershipTextEditor.ID);
		UiWait.until(() -> matrix.cells().stream().map(row -> row.get(0)).toList().equals(List.of("Council", "Trust")), "the other spec's members");
		other.viewer().getDocument().replace(text.indexOf("as partner"), "as partner".length(), "as host");
		UiWait.until(() -> "host".equals(byOrganisation(matrix.cells()).get("Trust").get(Column.MEMBERSHIP_ROLE.ordinal())), "the matrix follows typing");
		page.activate(editor);
		UiWait.until(() -> matrix.cells().size() == 11, "back to the hub's members");
		page.closeEditor(editor, false);
		page.closeEditor(other, false);
		UiWait.until(() -> matrix.cells().isEmpty(), "no spec, no rows");
	}

	@Test
	void theKickertMatrixMarksTheHubsChoicesAndAClickChoosesTheOtherCell() throws Exception {
		KickertMatrixView kickert = (KickertMatrixView) page.showView(KickertMatrixView.ID);
		UiWait.until(() -> kickert.cells().size() == 5, "the five dimensions");
		List<List<String>> cells = kickert.cells();
		assertEquals(List.of("Organisational setting", "Goal structure", "Role of manager", "Management tasks", "Management activities"),
				cells.stream().map(row -> row.get(0)).toList());
		// the hub: setting network, goals classical, manager network, tasks network, activities classical
		List<String> chosen = cells.stream().map(row -> row.get(1).startsWith(KickertMatrixView.CHOSEN) ? "classical"
				: row.get(2).startsWith(KickertMatrixView.CHOSEN) ? "network" : "none").toList();
		assertEquals(List.of("network", "classical", "network", "network", "classical"), chosen);
		assertEquals(KickertMatrixView.CHOSEN + "Divided authority structure", cells.get(0).get(2), "the table's own words");
		assertTrue(kickert.authorityText().startsWith("Authority structure (governance): Divided authority structure"), kickert.authorityText());
		ViewPicture.save(kickert, "workbench-kickert-matrix");

		String before = document.get();
		click(kickert.viewer().getTable(), 1, 2); // goal structure, network
		assertTrue(document.get().contains("goals network") && !document.get().contains("goals classical"), document.get());
		UiWait.until(() -> kickert.cells().get(1).get(2).startsWith(KickertMatrixView.CHOSEN), "the choice moves to the network cell");
		undo(kickert);
		assertEquals(before, document.get(), "undo restores the classical choice");
	}

	@Test
	void theLadderShowsTheThreeScalesWithCollaborationAtDifferentHeights() throws Exception {
		IntegrationLadderView ladder = (IntegrationLadderView) page.showView(IntegrationLadderView.ID);
		UiWait.until(() -> !ladder.drawnRungs().isEmpty(), "the ladder is drawn");
		List<DrawnRung> rungs = ladder.drawnRungs();
		Map<IntegrationScale, List<DrawnRung>> byScale = rungs.stream().collect(Collectors.groupingBy(rung -> rung.rung().scale()));
		assertEquals(3, byScale.size(), "Frost, Keast and NZ side by side");
		assertEquals(List.of("co-operation", "collaboration", "co-ordination", "merger and integration"), labels(byScale.get(IntegrationScale.FROST)));
		assertEquals(List.of("cooperation", "coordination", "collaboration"), labels(byScale.get(IntegrationScale.KEAST)));
		assertEquals(5, byScale.get(IntegrationScale.NZ).size());
		assertNotEquals(rung(rungs, IntegrationScale.FROST, "collaboration").box().y, rung(rungs, IntegrationScale.KEAST, "collaboration").box().y,
				"collaboration is a different rung on Frost's scale and on Keast's");
		assertTrue(rung(rungs, IntegrationScale.FROST, "collaboration").box().y > rung(rungs, IntegrationScale.FROST, "co-ordination").box().y,
				"Frost puts collaboration below co-ordination");
		assertEquals(rung(rungs, IntegrationScale.FROST, "co-ordination").box().y, rung(rungs, IntegrationScale.KEAST, "coordination").box().y,
				"rungs that mean the same stand in one row");
		assertTrue(rung(rungs, IntegrationScale.FROST, "co-ordination").rung().current());
		assertTrue(rung(rungs, IntegrationScale.FROST, "merger and integration").rung().target());
		assertEquals(List.of("Referrals"), rung(rungs, IntegrationScale.KEAST, "coordination").rung().activities());
		assertEquals(List.of("Needs assessment"), rung(rungs, IntegrationScale.KEAST, "cooperation").rung().activities());
		for (DrawnRung one : rungs) {
			for (DrawnRung other : rungs) {
				assertTrue(one == other || !one.box().intersects(other.box()), one.rung().label() + " and " + other.rung().label() + " overlap");
			}
		}
		ViewPicture.save(ladder, "workbench-integration-ladder");
	}

	@Test
	void thePublicValueCanvasShowsTheTriangleWithWhatIsMissingAndTheOutcomes() throws Exception {
		PublicValueCanvasView canvas = (PublicValueCanvasView) page.showView(PublicValueCanvasView.ID);
		UiWait.until(() -> !canvas.lines().isEmpty(), "the canvas is filled");
		List<String> lines = canvas.lines();
		assertTrue(lines.containsAll(List.of("Public value proposition", "Authorising environment", "Operational capacity",
				"authorised by Police and Crime Commissioner", "mandate: PCC commissioning powers for victim services (from 2012)")), lines.toString());
		assertTrue(lines.contains(PublicValueCanvasView.MISSING + "none of these resources is marked committed"), lines.toString());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("victims / service users: Emotional benefit")), lines.toString());
		ViewPicture.save(canvas, "workbench-public-value-canvas");
	}

	private static void choose(Menu toggles, String label) {
		MenuItem item = Arrays.stream(toggles.getItems()).filter(each -> each.getText().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " is not among " + Arrays.stream(toggles.getItems()).map(MenuItem::getText).toList()));
		item.setSelection(!item.getSelection());
		item.notifyListeners(SWT.Selection, new Event());
		toggles.dispose();
	}

	private void undo(IViewPart view) throws Exception {
		page.activate(view);
		view.getSite().getService(IHandlerService.class).executeCommand(UNDO, null);
	}

	/** Starts editing a cell as a click does and returns the cell editor's control. */
	private static Control cellEditor(PartnerRoleMatrixView matrix, String organisation, Column column) {
		matrix.viewer().editElement(row(matrix, organisation), column.ordinal());
		Control active = Arrays.stream(matrix.viewer().getTable().getChildren()).filter(Control::isVisible).findFirst().orElseThrow();
		return active;
	}

	private static PartnerRow row(PartnerRoleMatrixView matrix, String organisation) {
		return Arrays.stream(matrix.viewer().getTable().getItems()).map(item -> (PartnerRow) item.getData())
				.filter(row -> row.organisation().equals(organisation)).findFirst().orElseThrow();
	}

	private static Map<String, List<String>> byOrganisation(List<List<String>> cells) {
		return cells.stream().collect(Collectors.toMap(row -> row.get(0), row -> row));
	}

	/** A left click in the middle of a table cell. */
	private static void click(Table table, int row, int column) {
		Rectangle cell = table.getItem(row).getBounds(column);
		Event down = new Event();
		down.button = 1;
		down.x = cell.x + cell.width / 2;
		down.y = cell.y + cell.height / 2;
		table.notifyListeners(SWT.MouseDown, down);
	}

	private static List<String> labels(List<DrawnRung> rungs) {
		return rungs.stream().map(rung -> rung.rung().label()).toList();
	}

	private static DrawnRung rung(List<DrawnRung> rungs, IntegrationScale scale, String label) {
		return rungs.stream().filter(rung -> rung.rung().scale() == scale && rung.rung().label().equals(label)).findFirst().orElseThrow();
	}
}
