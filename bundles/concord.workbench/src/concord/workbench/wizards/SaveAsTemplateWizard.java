package concord.workbench.wizards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import concord.dsl.ide.document.SpecDocument;
import concord.dsl.validation.FindingIssues;
import concord.model.partnership.PartnershipModel;
import concord.templates.PackDraft;
import concord.templates.PackException;
import concord.templates.TemplatePack;
import concord.templates.TemplateRegistry;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.prefs.WorkbenchProfile;

/**
 * Save as Template (File > New > Other > Concord, with a spec selected): the saved spec becomes a pack in
 * the consultant's gallery, teaching exactly the findings it raises under the workbench's rule profile,
 * which travels with it when it is not the default. What `concord template save --install` does.
 */
public class SaveAsTemplateWizard extends Wizard implements INewWizard {

	public static final String ID = "concord.workbench.wizards.saveAsTemplate";
	private static final String PROFILE_FILE = "workbench.profile";

	private final TemplateRegistry registry = new TemplateRegistry(TemplateRegistry.defaultUserFolder());
	private IFile spec;
	private SpecDocument snapshot;
	/** What the spec raises, read once when the page is made: the rule ids the pack will teach, with a message each. */
	private final SortedMap<String, String> findings = new TreeMap<>();
	private PackDescriptionPage page;
	private TemplatePack installed;

	public SaveAsTemplateWizard() {
		setWindowTitle("Save as Template");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		spec = SelectedSpec.of(selection);
	}

	@Override
	public void addPages() {
		String unreadable = null;
		String title = "";
		if (spec == null) {
			unreadable = "Select a .partnership spec in the Project Explorer first; its saved text becomes the pack.";
		} else {
			try {
				snapshot = PartnershipLanguage.read(path(), Files.readString(path(), StandardCharsets.UTF_8));
				unreadable = sortIssues(snapshot.issues());
				if (snapshot.resource().getContents().get(0) instanceof PartnershipModel model && model.getName() != null) {
					title = model.getName();
				}
			} catch (IOException | RuntimeException e) {
				unreadable = spec.getName() + " cannot be read: " + e.getMessage();
			}
		}
		String id = spec == null ? "" : spec.getName().replaceFirst("\\.partnership$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
		page = new PackDescriptionPage(id, title, findings, unreadable);
		addPage(page);
	}

	/** Sorts the spec's issues into the findings the pack teaches; returns why it cannot become a pack, or null. */
	private String sortIssues(List<Issue> issues) {
		List<String> errors = new ArrayList<>();
		for (Issue issue : issues) {
			if (FindingIssues.isRuleFinding(issue)) {
				findings.putIfAbsent(issue.getCode(), issue.getMessage());
			} else if (issue.getSeverity() == Severity.ERROR) {
				errors.add(spec.getName() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getMessage());
			}
		}
		return errors.isEmpty() ? null : "The spec does not read, so it cannot become a pack: " + String.join("; ", errors);
	}

	private Path path() {
		return spec.getLocation().toFile().toPath();
	}

	/** The page, for tests that fill it in as a trainer would. */
	public void describe(String id, String summary, String sources) {
		page.describe(id, summary, sources);
	}

	/** The pack this wizard installed, once it has finished. */
	public Optional<TemplatePack> installed() {
		return Optional.ofNullable(installed);
	}

	@Override
	public boolean performFinish() {
		Path zip = null;
		try {
			String profile = WorkbenchProfile.text();
			Optional<PackDraft.Profile> shipped = profile.isBlank() ? Optional.empty()
					: Optional.of(new PackDraft.Profile(PROFILE_FILE, profile.getBytes(StandardCharsets.UTF_8)));
			PackDraft draft = PackDraft.of(spec.getName(), Files.readAllBytes(path()),
					(PartnershipModel) snapshot.resource().getContents().get(0), findings, shipped, Optional.empty(), page.description());
			zip = Files.createTempFile("concord-pack", ".zip");
			TemplateRegistry.writeZip(draft.manifest(), draft.files(), zip);
			installed = registry.install(zip, page.replaceInstalled());
			return true;
		} catch (PackException | IOException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		} finally {
			if (zip != null) {
				zip.toFile().delete();
			}
		}
	}
}
