package concord.workbench.map;

import java.util.function.Consumer;

import org.eclipse.swt.browser.Browser;

/**
 * A picture of the map the workbench asked the page for: the page draws its export page as SVG (as its
 * own Export SVG button does, with title, date and legend) and leaves it in window.concord.lastExport.
 * A map still loading cannot draw yet, so the request waits until the page offers its exporter.
 */
final class MapExport {

	private final Browser browser;
	private Consumer<String> waiting;
	private boolean asked;

	MapExport(Browser browser) {
		this.browser = browser;
	}

	/** Asks for the page; {@code drawn} gets its SVG on the UI thread as the page is next polled. */
	void start(Consumer<String> drawn) {
		waiting = drawn;
		asked = false;
		ask();
	}

	private void ask() {
		if (Boolean.TRUE.equals(browser.evaluate("return !!(window.concord && window.concord.loaded && window.concord.exportSvg);"))) {
			browser.execute("window.concord.lastExport = undefined; window.concord.exportToHost = true; window.concord.exportSvg();");
			asked = true;
		}
	}

	/** Called as the page is polled: hands over the picture once the page has drawn it. */
	void poll() {
		if (waiting == null) {
			return;
		}
		if (!asked) {
			ask();
			return;
		}
		if (browser.evaluate("return window.concord.lastExport || null;") instanceof String svg) {
			Consumer<String> drawn = waiting;
			waiting = null;
			drawn.accept(svg);
		}
	}
}
