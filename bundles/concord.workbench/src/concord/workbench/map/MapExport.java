package concord.workbench.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.browser.Browser;

import concord.model.resource.AtomicFile;

/**
 * An SVG export the workbench asked the map page for: the page draws the map as SVG (as its own Export
 * SVG button does) and leaves it in window.concord.lastExport; the picture is written atomically, so a
 * failed export leaves no partial file. The status line says where it went, or why not.
 */
final class MapExport {

	private final Browser browser;
	private final IStatusLineManager status;
	private Path target;

	MapExport(Browser browser, IStatusLineManager status) {
		this.browser = browser;
		this.status = status;
	}

	void start(Path file) {
		target = file;
		browser.execute("window.concord.lastExport = undefined; window.concord.exportToHost = true; "
				+ "window.concord.exportSvg && window.concord.exportSvg();");
	}

	/** Called as the page is polled: writes the picture once the page has drawn it. */
	void poll() {
		if (target == null || !(browser.evaluate("return window.concord.lastExport || null;") instanceof String svg)) {
			return;
		}
		Path file = target;
		target = null;
		try {
			AtomicFile.write(file, svg.getBytes(StandardCharsets.UTF_8));
			status.setErrorMessage(null);
			status.setMessage("Exported the map to " + file);
		} catch (IOException e) {
			status.setErrorMessage(file + ": the map could not be exported (" + e.getMessage() + "); nothing was written");
		}
	}
}
