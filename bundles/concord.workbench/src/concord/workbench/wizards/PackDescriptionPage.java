package concord.workbench.wizards;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import concord.templates.PackDraft;
import concord.templates.PackManifest;

/**
 * What a trainer says about a new pack: its id, title, summary, author, tags and sources; below, the
 * findings the spec raises, which the pack will teach. The page refuses an id the pack format does
 * not accept and a spec that does not read.
 */
final class PackDescriptionPage extends WizardPage {

	private final String proposedId;
	private final String proposedTitle;
	private final Map<String, String> findings;
	private final String unreadable;
	private Text id;
	private Text title;
	private Text summary;
	private Text author;
	private Text tags;
	private Text sources;
	private Button replace;

	/** @param unreadable why the spec cannot become a pack, or null when it reads */
	PackDescriptionPage(String proposedId, String proposedTitle, Map<String, String> findings, String unreadable) {
		super("pack", "Save as Template", null);
		this.proposedId = proposedId;
		this.proposedTitle = proposedTitle;
		this.findings = findings;
		this.unreadable = unreadable;
		setDescription("The spec becomes a template pack in your gallery, with a thumbnail and draft trainer notes.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		id = field(form, "Id:", proposedId);
		title = field(form, "Title:", proposedTitle);
		summary = field(form, "Summary:", "");
		author = field(form, "Author:", System.getProperty("user.name", ""));
		tags = field(form, "Tags (comma-separated):", "");
		sources = field(form, "Sources (semicolon-separated):", "");
		replace = new Button(form, SWT.CHECK);
		replace.setText("Replace an installed pack with the same id");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(replace);
		Label teaches = new Label(form, SWT.WRAP);
		teaches.setText(findings.isEmpty() ? "The spec raises no findings: the pack teaches none."
				: "The pack teaches what the spec raises under the workbench's rule profile:");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(teaches);
		Text list = new Text(form, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		StringBuilder text = new StringBuilder();
		findings.forEach((rule, message) -> text.append(rule).append("  ").append(message).append('\n'));
		list.setText(text.toString());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 140).applyTo(list);
		setControl(form);
		validate();
	}

	private Text field(Composite form, String label, String value) {
		new Label(form, SWT.NONE).setText(label);
		Text field = new Text(form, SWT.BORDER);
		field.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		field.addModifyListener(event -> validate());
		return field;
	}

	private void validate() {
		String problem = unreadable;
		if (problem == null && !PackManifest.isValidId(id.getText())) {
			problem = "The id is 2 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.";
		}
		if (problem == null && title.getText().isBlank()) {
			problem = "The pack needs a title.";
		}
		if (problem == null && split(sources.getText(), ";").isEmpty()) {
			problem = "Name at least one source (authors and year), so that trainers can trace the case.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** Fills in the id, summary and sources as a trainer would type them. */
	void describe(String newId, String newSummary, String newSources) {
		id.setText(newId);
		summary.setText(newSummary);
		sources.setText(newSources);
	}

	boolean replaceInstalled() {
		return replace.getSelection();
	}

	PackDraft.Description description() {
		String about = summary.getText().isBlank() ? title.getText().trim() : summary.getText().trim();
		return new PackDraft.Description(id.getText().trim(), title.getText().trim(), about, author.getText().trim(), "1.0.0",
				split(tags.getText(), ","), split(sources.getText(), ";"));
	}

	private static List<String> split(String text, String separator) {
		return Arrays.stream(text.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
