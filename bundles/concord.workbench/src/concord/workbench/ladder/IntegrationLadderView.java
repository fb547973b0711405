package concord.workbench.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import concord.model.catalogue.FrameworkCatalogue;
import concord.model.catalogue.IntegrationScale;
import concord.model.catalogue.LiteralDoc;
import concord.model.partnership.Partnership;
import concord.report.views.LadderRung;
import concord.workbench.follow.RepresentationView;

/**
 * The integration ladder: the Frost, Keast and New Zealand scales side by side, each rung drawn in the row
 * of its place on the cross-walk common to the three, so that a reader sees that "collaboration" is not
 * one rung (Frost puts it below co-ordination, Keast and the NZ spectrum at the top); lines join the rungs
 * that mean the same. The partnership's current level is filled,
 * its target outlined, and activities with a level of their own are named beside their rung.
 */
public final class IntegrationLadderView extends RepresentationView {

	public static final String ID = "concord.workbench.ladder";

	/** One rung as drawn: where it is and what it says. */
	public record DrawnRung(LadderRung rung, Rectangle box) {
	}

	private static final int RUNG_HEIGHT = 28;
	private static final int HEADER = 58;
	private static final int FOOTER = 54;
	private static final int MARGIN = 16;

	private Canvas canvas;
	private Partnership partnership;
	private final List<DrawnRung> drawn = new ArrayList<>();

	@Override
	protected void createRepresentation(Composite parent) {
		parent.setLayout(new FillLayout());
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(event -> paint(event.gc));
	}

	@Override
	protected void show(Partnership shown) {
		partnership = shown;
		canvas.redraw();
	}

	@Override
	protected String nothingToShow() {
		return "Open a partnership spec in the text editor to see its integration ladder.";
	}

	/** The rungs as last laid out (for tests and for a reader of the code: what the picture holds). */
	public List<DrawnRung> drawnRungs() {
		layOut(canvas.getClientArea());
		return List.copyOf(drawn);
	}

	/** Places every rung: three columns, the height of a rung from its cross-walk position. */
	private void layOut(Rectangle area) {
		drawn.clear();
		if (partnership == null) {
			return;
		}
		IntegrationScale[] scales = IntegrationScale.values();
		int columnWidth = (area.width - 2 * MARGIN) / scales.length;
		int boxWidth = Math.min(220, columnWidth * 11 / 20);
		// one row per cross-walk position, highest at the top: equal rungs align, Frost's collaboration sits between
		List<Integer> positions = new ArrayList<>(new TreeSet<>(Stream.of(scales)
				.flatMap(scale -> scale.literals().stream()).map(FrameworkCatalogue.standard()::crosswalkPosition).toList()).descendingSet());
		int slot = Math.max(RUNG_HEIGHT + 8, (area.height - HEADER - FOOTER) / positions.size());
		for (int column = 0; column < scales.length; column++) {
			int x = area.x + MARGIN + column * columnWidth + (columnWidth - boxWidth) / 2 - columnWidth / 8;
			for (LadderRung rung : LadderRung.of(partnership, scales[column])) {
				int y = area.y + HEADER + positions.indexOf(rung.position()) * slot + (slot - RUNG_HEIGHT) / 2;
				drawn.add(new DrawnRung(rung, new Rectangle(x, y, boxWidth, RUNG_HEIGHT)));
			}
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		layOut(area);
		if (partnership == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Color grey = new Color(canvas.getDisplay(), 0x9a, 0xa0, 0xa6);
		Color current = new Color(canvas.getDisplay(), 0x1f, 0x5f, 0xa8);
		Color target = new Color(canvas.getDisplay(), 0x2e, 0x8b, 0x3a);
		Color collaboration = new Color(canvas.getDisplay(), 0xd9, 0x7a, 0x00);
		try {
			paintHeaders(gc, area);
			paintCrosswalk(gc, grey);
			paintCollaboration(gc, collaboration);
			for (DrawnRung rung : drawn) {
				paintRung(gc, rung, current, target, collaboration);
			}
			paintLegend(gc, area, current, target, collaboration, grey);
		} finally {
			grey.dispose();
			current.dispose();
			target.dispose();
			collaboration.dispose();
		}
	}

	private void paintHeaders(GC gc, Rectangle area) {
		IntegrationScale[] scales = IntegrationScale.values();
		int columnWidth = (area.width - 2 * MARGIN) / scales.length;
		for (int column = 0; column < scales.length; column++) {
			int x = area.x + MARGIN + column * columnWidth;
			gc.setFont(JFaceResources.getBannerFont());
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(scales[column].label(), x + 4, area.y + 6, true);
			gc.setFont(JFaceResources.getDefaultFont());
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			String source = LiteralDoc.of(scales[column].eEnum()).citation().map(citation -> citation.reference()).orElse("");
			gc.drawString(source, x + 4, area.y + 28, true);
		}
	}

	/** Lines between rungs of neighbouring scales that mean the same rung. */
	private void paintCrosswalk(GC gc, Color grey) {
		gc.setForeground(grey);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		for (DrawnRung from : drawn) {
			for (Enumerator equivalent : from.rung().equivalents()) {
				DrawnRung to = find(equivalent);
				if (to != null && to.rung().scale().ordinal() == from.rung().scale().ordinal() + 1) {
					gc.drawLine(from.box().x + from.box().width, centre(from.box()), to.box().x, centre(to.box()));
				}
			}
		}
	}

	/** The three rungs called "collaboration", joined by a dashed line: Frost puts it lower than the others do. */
	private void paintCollaboration(GC gc, Color colour) {
		List<DrawnRung> named = drawn.stream().filter(rung -> rung.rung().label().equals("collaboration")).toList();
		gc.setForeground(colour);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		for (int index = 0; index + 1 < named.size(); index++) {
			Rectangle from = named.get(index).box();
			Rectangle to = named.get(index + 1).box();
			gc.drawLine(from.x + from.width, centre(from), to.x, centre(to));
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	private void paintRung(GC gc, DrawnRung drawnRung, Color current, Color target, Color collaboration) {
		LadderRung rung = drawnRung.rung();
		Rectangle box = drawnRung.box();
		gc.setFont(JFaceResources.getDefaultFont());
		gc.setBackground(rung.current() ? current : canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
		gc.setLineWidth(rung.target() ? 3 : 1);
		gc.setForeground(rung.target() ? target : rung.label().equals("collaboration") ? collaboration : canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
		gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
		gc.setLineWidth(1);
		gc.setForeground(canvas.getDisplay().getSystemColor(rung.current() ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
		Point extent = gc.textExtent(rung.label());
		gc.drawString(rung.label(), box.x + (box.width - extent.x) / 2, box.y + (box.height - extent.y) / 2, true);
		List<String> notes = new ArrayList<>();
		if (rung.current()) {
			notes.add("now");
		}
		if (rung.target()) {
			notes.add("target");
		}
		notes.addAll(rung.activities());
		if (!notes.isEmpty()) {
			// on white, so that a cross-walk line behind the words does not strike them through
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.drawString(" " + String.join(", ", notes) + " ", box.x + box.width + 6, box.y + (box.height - extent.y) / 2, false);
		}
	}

	private void paintLegend(GC gc, Rectangle area, Color current, Color target, Color collaboration, Color grey) {
		int y = area.y + area.height - FOOTER + 14;
		int x = area.x + MARGIN;
		gc.setFont(JFaceResources.getDefaultFont());
		gc.setBackground(current);
		gc.fillRoundRectangle(x, y, 28, 16, 6, 6);
		x = legendText(gc, "the partnership now", x + 34, y);
		gc.setForeground(target);
		gc.setLineWidth(3);
		gc.drawRoundRectangle(x, y, 28, 16, 6, 6);
		gc.setLineWidth(1);
		x = legendText(gc, "its target", x + 34, y);
		gc.setForeground(grey);
		gc.drawLine(x, y + 8, x + 28, y + 8);
		x = legendText(gc, "the same rung on another scale", x + 34, y);
		gc.setForeground(collaboration);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(x, y + 8, x + 28, y + 8);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		legendText(gc, "\"collaboration\": Frost puts it below co-ordination, Keast and NZ at the top; activities are named beside their rung", x + 34, y);
	}

	private int legendText(GC gc, String text, int x, int y) {
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawString(text, x, y, true);
		return x + gc.textExtent(text).x + 22;
	}

	private DrawnRung find(Enumerator level) {
		return drawn.stream().filter(rung -> rung.rung().level() == level).findFirst().orElse(null);
	}

	private static int centre(Rectangle box) {
		return box.y + box.height / 2;
	}

	public Canvas canvas() {
		return canvas;
	}
}
