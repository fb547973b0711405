package concord.workbench.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the Import and Export wizards: a file or folder on disk and, for an export, the
 * format. What the page cannot accept (no spec selected, an empty path) it says at the top.
 */
final class InterchangePage extends WizardPage {

	private final String pathLabel;
	private final String proposedPath;
	private final List<String> formats;
	private final String unusable;
	private Text path;
	private Combo format;

	/**
	 * @param formats  the formats to choose from (empty: no choice)
	 * @param unusable why the wizard cannot run (nothing selected), or null
	 */
	InterchangePage(String title, String description, String pathLabel, String proposedPath, List<String> formats, String unusable) {
		super("interchange", title, null);
		setDescription(description);
		this.pathLabel = pathLabel;
		this.proposedPath = proposedPath;
		this.formats = formats;
		this.unusable = unusable;
	}

	@Override
	public void createControl(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		if (!formats.isEmpty()) {
			new Label(form, SWT.NONE).setText("Format:");
			format = new Combo(form, SWT.READ_ONLY);
			formats.forEach(format::add);
			format.select(0);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(format);
		}
		new Label(form, SWT.NONE).setText(pathLabel);
		path = new Text(form, SWT.BORDER);
		path.setText(proposedPath);
		path.addModifyListener(event -> validate());
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(path);
		setControl(form);
		validate();
	}

	private void validate() {
		String problem = unusable != null ? unusable : path.getText().isBlank() ? "Name a file or folder." : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** Fills in the page as a user would (tests). */
	void choose(String formatWord, String file) {
		if (format != null && formatWord != null) {
			format.select(formats.indexOf(formatWord));
		}
		path.setText(file);
	}

	String path() {
		return path.getText().strip();
	}

	String format() {
		return format == null ? "" : format.getText();
	}
}
