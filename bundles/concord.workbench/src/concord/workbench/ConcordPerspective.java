package concord.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import concord.workbench.hints.HintsView;

/** The Concord perspective: the editor area framed by navigation, outline, hints and problems. */
public class ConcordPerspective implements IPerspectiveFactory {

	public static final String ID = "concord.workbench.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
		IFolderLayout right = layout.createFolder("concord.right", IPageLayout.RIGHT, 0.72f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		layout.addView(HintsView.ID, IPageLayout.BOTTOM, 0.45f, "concord.right");
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.72f, editorArea);
	}
}
