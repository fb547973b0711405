package concord.workbench.start;

import java.lang.management.ManagementFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;

import concord.workbench.map.PartnershipMapEditor;

/**
 * For releng/concord.product/screenshot.sh: with -Dconcord.screenshot=FILE the product waits until the
 * example's map is drawn, reports how long the cold start took, saves a picture of its window and exits.
 */
public final class StartupPicture {

	private static final int POLL_MS = 200;
	private static final long LIMIT_MS = 180_000;

	private StartupPicture() {
	}

	public static void scheduleIfAsked(long editorOpenAt) {
		String file = System.getProperty("concord.screenshot");
		if (file == null || file.isBlank()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		// the whole screen, as a consultant would work: the text and the map side by side need the room
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(display.getBounds());
		display.timerExec(POLL_MS, new Runnable() {
			@Override
			public void run() {
				PartnershipMapEditor map = mapEditor();
				boolean drawn = map != null && Boolean.TRUE.equals(map.evaluate("return !!(window.concord && window.concord.loaded);"));
				if (!drawn && System.currentTimeMillis() - jvmStart < LIMIT_MS) {
					display.timerExec(POLL_MS, this);
					return;
				}
				long now = System.currentTimeMillis();
				System.out.printf("concord: cold start to an open editor %d ms; to the drawn map %d ms%n", editorOpenAt - jvmStart, now - jvmStart);
				if (map != null) {
					// the map was fitted into its first, smaller pane: fit it into the one it has now, with the
					// palette folded away so that the picture shows the partnership
					map.evaluate("var fold = document.querySelector('.minimize-palette-button > *'); if (fold) { fold.click(); } "
							+ "window.concord.fit && window.concord.fit(); return true;");
				}
				// Let the browser paint its last frame before the picture is taken.
				display.timerExec(1000, () -> {
					save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), file);
					PlatformUI.getWorkbench().close();
				});
			}
		});
	}

	/** The example's map editor, wherever it is in the window (the text editor may be the active one). */
	private static PartnershipMapEditor mapEditor() {
		for (IEditorReference reference : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences()) {
			if (reference.getEditor(false) instanceof PartnershipMapEditor map) {
				return map;
			}
		}
		return null;
	}

	/** Saves what {@code shell} shows as a PNG at {@code file} (also used by the tests' view pictures). */
	public static void save(Shell shell, String file) {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image picture = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(picture, bounds.x, bounds.y);
			ImageData data = picture.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file, SWT.IMAGE_PNG);
			System.out.println("concord: saved a picture of the workbench to " + file);
		} finally {
			gc.dispose();
			picture.dispose();
		}
	}
}
