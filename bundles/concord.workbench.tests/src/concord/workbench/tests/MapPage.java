package concord.workbench.tests;

import concord.workbench.map.PartnershipMapEditor;

/**
 * What the map editor's page shows, read through its Browser (WebKitGTK) as the tests see it. The map's
 * elements are read from the page's model (window.concord.graph): sprotty leaves the nodes outside the
 * window out of the page's SVG, so counting drawn shapes would count only what is in view.
 */
final class MapPage {

	private MapPage() {
	}

	/** How many nodes of {@code type} ({@code node:person}) the map holds; -1 while the page cannot say. */
	static int count(PartnershipMapEditor map, String type) {
		Object count = map.evaluate("return window.concord && window.concord.graph ? Object.values(window.concord.graph())"
				+ ".filter(e => e.type === '" + type + "').length : -1;");
		return count instanceof Number number ? number.intValue() : -1;
	}

	/** Whether the map holds the actor named {@code name}. */
	static boolean shows(PartnershipMapEditor map, String name) {
		return Boolean.TRUE.equals(map.evaluate("return !!(window.concord && window.concord.graph && window.concord.graph()['actor:"
				+ name.replace("\\", "\\\\").replace("'", "\\'") + "']);"));
	}

	/** The actors on the map, for a failure's message. */
	static String names(PartnershipMapEditor map) {
		return String.valueOf(map.evaluate("return window.concord && window.concord.graph ? Object.keys(window.concord.graph())"
				+ ".filter(id => id.startsWith('actor:') && !id.includes('#')).join(', ') : 'no map';"));
	}
}
