package concord.workbench.canvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import concord.model.partnership.BeneficiaryKind;
import concord.model.partnership.Partnership;
import concord.model.partnership.TimeHorizon;
import concord.report.views.PartnerRow;
import concord.report.views.ValueCanvas;
import concord.report.views.ValueCanvas.Corner;
import concord.workbench.follow.RepresentationView;

/**
 * The public value canvas: Moore's strategic triangle (the proposition at the top, the authorising
 * environment and the operational capacity below it), each corner with what the spec records and, in red,
 * what it leaves out; below, the outcomes by beneficiary and time horizon, with the beneficiaries no
 * outcome is recorded for named.
 */
public final class PublicValueCanvasView extends RepresentationView {

	public static final String ID = "concord.workbench.canvas.publicValue";
	/** Starts every line that says what the spec leaves out. */
	public static final String MISSING = "Missing: ";
	private static final int WRAP = 360;

	private ScrolledComposite scrolled;
	private Composite content;
	private Color missingColour;
	private final List<String> lines = new ArrayList<>();

	@Override
	protected void createRepresentation(Composite parent) {
		parent.setLayout(new FillLayout());
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		missingColour = new Color(parent.getDisplay(), 0xb0, 0x1e, 0x1e);
		parent.addDisposeListener(event -> missingColour.dispose());
	}

	@Override
	protected void show(Partnership partnership) {
		if (content != null) {
			content.dispose();
		}
		lines.clear();
		content = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).spacing(12, 12).applyTo(content);
		if (partnership != null) {
			ValueCanvas canvas = new ValueCanvas(partnership);
			corner(canvas.proposition(), 2);
			corner(canvas.authorisingEnvironment(), 1);
			corner(canvas.operationalCapacity(), 1);
			outcomes(canvas);
		}
		scrolled.setContent(content);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		content.layout(true, true);
	}

	private void corner(Corner corner, int span) {
		Group group = new Group(content, SWT.NONE);
		group.setText(corner.title());
		group.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(group);
		GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(group);
		lines.add(corner.title());
		corner.entries().forEach(entry -> line(group, entry, null));
		corner.missing().forEach(missing -> line(group, MISSING + missing, missingColour));
	}

	private void outcomes(ValueCanvas canvas) {
		Group group = new Group(content, SWT.NONE);
		group.setText("Outcomes by beneficiary and time horizon");
		group.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		List<TimeHorizon> horizons = new ArrayList<>(TimeHorizon.VALUES);
		horizons.add(null);
		GridLayoutFactory.fillDefaults().numColumns(horizons.size() + 1).equalWidth(false).margins(8, 6).spacing(14, 6).applyTo(group);
		lines.add(group.getText());
		heading(group, "For whom");
		horizons.forEach(horizon -> heading(group, horizon == null ? "horizon not recorded" : PartnerRow.label(horizon)));
		List<BeneficiaryKind> beneficiaries = new ArrayList<>(BeneficiaryKind.VALUES);
		beneficiaries.add(null);
		for (BeneficiaryKind beneficiary : beneficiaries) {
			List<List<String>> cells = horizons.stream().map(horizon -> canvas.outcomes(beneficiary, horizon)).toList();
			if (beneficiary == null && cells.stream().allMatch(List::isEmpty)) {
				continue;
			}
			String who = beneficiary == null ? "beneficiary not recorded" : PartnerRow.label(beneficiary);
			heading(group, who);
			for (List<String> cell : cells) {
				Label label = line(group, String.join("\n", cell), null);
				lines.set(lines.size() - 1, who + ": " + String.join("; ", cell));
				GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(label);
			}
		}
		List<String> without = canvas.beneficiariesWithoutOutcome();
		if (!without.isEmpty()) {
			Label missing = line(group, MISSING + "no outcome is recorded for " + String.join(", ", without), missingColour);
			GridDataFactory.fillDefaults().span(horizons.size() + 1, 1).applyTo(missing);
		}
	}

	private void heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
	}

	private Label line(Composite parent, String text, Color colour) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		if (colour != null) {
			label.setForeground(colour);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(WRAP, SWT.DEFAULT).applyTo(label);
		lines.add(text);
		return label;
	}

	@Override
	protected String nothingToShow() {
		return "Open a partnership spec in the text editor to see its public value canvas.";
	}

	/** What the canvas says, line by line, as a reader goes through it (titles, entries, "Missing: ..."). */
	public List<String> lines() {
		return List.copyOf(lines);
	}

	public Control control() {
		return scrolled;
	}
}
