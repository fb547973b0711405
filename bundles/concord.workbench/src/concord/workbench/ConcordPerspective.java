package concord.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import concord.workbench.canvas.PublicValueCanvasView;
import concord.workbench.hints.HintsView;
import concord.workbench.ladder.IntegrationLadderView;
import concord.workbench.matrix.KickertMatrixView;
import concord.workbench.matrix.PartnerRoleMatrixView;
import concord.workbench.wizards.NewConcordProjectWizard;
import concord.workbench.wizards.NewFromTemplateWizard;
import concord.workbench.wizards.NewSpecWizard;
import concord.workbench.wizards.SaveAsTemplateWizard;

/** The Concord perspective: the editor area framed by navigation, outline, hints, problems and properties. */
public class ConcordPerspective implements IPerspectiveFactory {

	public static final String ID = "concord.workbench.perspective";
	/** The Sirius-style tables and views of a spec, in the order Window > Show View lists them. */
	private static final String[] REPRESENTATIONS = { PartnerRoleMatrixView.ID, KickertMatrixView.ID, IntegrationLadderView.ID,
			PublicValueCanvasView.ID };

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
		IFolderLayout right = layout.createFolder("concord.right", IPageLayout.RIGHT, 0.72f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		layout.addView(HintsView.ID, IPageLayout.BOTTOM, 0.45f, "concord.right");
		IFolderLayout bottom = layout.createFolder("concord.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		// the representations open beside Problems when asked for (Window > Show View), not at every start
		for (String representation : REPRESENTATIONS) {
			bottom.addPlaceholder(representation);
		}
		// File > New lists Concord's wizards first
		layout.addNewWizardShortcut(NewConcordProjectWizard.ID);
		layout.addNewWizardShortcut(NewSpecWizard.ID);
		layout.addNewWizardShortcut(NewFromTemplateWizard.ID);
		layout.addNewWizardShortcut(SaveAsTemplateWizard.ID);
		layout.addShowViewShortcut(HintsView.ID);
		for (String representation : REPRESENTATIONS) {
			layout.addShowViewShortcut(representation);
		}
	}
}
