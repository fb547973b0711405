package concord.workbench.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import concord.workbench.start.StartupPicture;

/**
 * Pictures of views as the screen shows them under Xvfb, for docs/images/: the view is maximised in a
 * window of 1600 x 1000, painted, and the screen's pixels saved as PNG into {@code concord.pictures}.
 */
final class ViewPicture {

	private ViewPicture() {
	}

	/** Saves {@code view}, maximised, as {@code name}.png; returns the file. */
	static Path save(IViewPart view, String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle before = shell.getBounds();
		IWorkbenchPage page = view.getSite().getPage();
		shell.setBounds(0, 0, 1600, 1000);
		page.activate(view);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			UiWait.settle();
			Path dir = Path.of(System.getProperty("concord.pictures", "target/pictures"));
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			StartupPicture.save(shell, file.toString());
			return file;
		} finally {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(before);
			UiWait.settle();
		}
	}
}
