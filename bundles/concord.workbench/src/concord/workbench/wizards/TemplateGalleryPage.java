package concord.workbench.wizards;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import concord.templates.TemplatePack;
import concord.validation.RuleCatalogue;
import concord.validation.RuleWords;

/**
 * The template gallery: each pack with its thumbnail, title and summary; the selected pack's sources,
 * tags and the findings it teaches beside the list, as a trainer would describe the lesson.
 */
final class TemplateGalleryPage extends WizardPage {

	static final int THUMBNAIL_WIDTH = 192;
	static final int THUMBNAIL_HEIGHT = 120;

	private final List<TemplatePack> packs;
	private final Runnable changed;
	private final Map<String, Image> thumbnails = new HashMap<>();
	private TableViewer gallery;
	private Text detail;
	private FolderField folder;

	TemplateGalleryPage(List<TemplatePack> packs, Runnable changed) {
		super("gallery", "Start from a template", null);
		this.packs = List.copyOf(packs);
		this.changed = changed;
		setDescription("Choose a case from the literature; its spec, notes and rule profile are copied into the folder below.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		gallery = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		gallery.getTable().setHeaderVisible(false);
		TableViewerColumn column = new TableViewerColumn(gallery, SWT.NONE);
		column.getColumn().setWidth(620);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				TemplatePack pack = (TemplatePack) element;
				return pack.manifest().title() + "\n" + pack.manifest().summary();
			}

			@Override
			public Image getImage(Object element) {
				return thumbnail((TemplatePack) element);
			}
		});
		gallery.setContentProvider(ArrayContentProvider.getInstance());
		gallery.setInput(packs);
		Composite side = new Composite(sash, SWT.NONE);
		side.setLayout(new FillLayout());
		detail = new Text(side, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(3, 2);
		gallery.addSelectionChangedListener(event -> {
			selected().ifPresent(pack -> detail.setText(describe(pack)));
			changed.run();
		});
		folder = new FolderField(page, changed);
		setControl(page);
	}

	/** The folder field below the gallery. */
	FolderField folder() {
		return folder;
	}

	/** The words about the selected pack beside the gallery. */
	String detail() {
		return detail.getText();
	}

	/** The packs on show, in gallery order. */
	List<TemplatePack> packs() {
		return packs;
	}

	/**
	 * The thumbnail shown for a pack, drawn from its SVG (the case's own model: its title, partnership
	 * and actors) at 120 pixels high, large enough to read the title that tells the New Zealand cases
	 * apart; null if it has none.
	 */
	Image thumbnail(TemplatePack pack) {
		return thumbnails.computeIfAbsent(pack.id(), id -> pack.manifest().thumbnail().map(pack.files()::get).map(svg -> {
			try {
				Image full = new Image(getShell().getDisplay(), new ByteArrayInputStream(svg));
				Image small = new Image(getShell().getDisplay(), full.getImageData().scaledTo(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT));
				full.dispose();
				return small;
			} catch (RuntimeException unreadable) {
				return null;
			}
		}).orElse(null));
	}

	Optional<TemplatePack> selected() {
		Object first = gallery == null ? null : ((IStructuredSelection) gallery.getSelection()).getFirstElement();
		return Optional.ofNullable((TemplatePack) first);
	}

	void select(TemplatePack pack) {
		gallery.setSelection(new StructuredSelection(pack), true);
	}

	private static String describe(TemplatePack pack) {
		List<String> lines = new ArrayList<>();
		lines.add(pack.manifest().title());
		lines.add("");
		lines.add(pack.manifest().summary());
		lines.add("");
		lines.add("Sources: " + String.join("; ", pack.manifest().sources()));
		if (!pack.manifest().tags().isEmpty()) {
			lines.add("Tags: " + String.join(", ", pack.manifest().tags()));
		}
		if (!pack.manifest().teaches().isEmpty()) {
			lines.add("");
			lines.add("What it teaches (the findings it raises):");
			for (String id : pack.manifest().teaches()) {
				lines.add("• " + RuleCatalogue.standard().find(id).map(RuleWords::summary).orElse("") + " (" + id + ")");
			}
			lines.add("");
		}
		lines.add("By " + pack.manifest().author() + ", version " + pack.manifest().version());
		return String.join("\n", lines);
	}

	@Override
	public void dispose() {
		thumbnails.values().stream().filter(image -> image != null).forEach(Image::dispose);
		super.dispose();
	}
}
