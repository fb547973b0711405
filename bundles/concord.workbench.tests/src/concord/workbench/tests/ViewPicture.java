package concord.workbench.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

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
			Display display = shell.getDisplay();
			Rectangle bounds = shell.getBounds();
			Image picture = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(picture, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { picture.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				picture.dispose();
			}
			return file;
		} finally {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(before);
			UiWait.settle();
		}
	}
}
