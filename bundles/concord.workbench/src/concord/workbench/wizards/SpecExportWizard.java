package concord.workbench.wizards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import concord.dsl.ide.document.SpecDocument;
import concord.interchange.files.ExportFormat;
import concord.workbench.language.PartnershipLanguage;

/**
 * File > Export > Concord > Partnership Spec as Spreadsheet or Network: the selected spec's saved text as
 * CSV files, a workbook, GraphML, GEXF or Kumu JSON, what {@code concord export} writes.
 */
public class SpecExportWizard extends Wizard implements IExportWizard {

	private IFile spec;
	private InterchangePage page;
	private List<Path> written = List.of();

	public SpecExportWizard() {
		setWindowTitle("Export Partnership Spec");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		spec = SelectedSpec.of(selection);
	}

	@Override
	public void addPages() {
		List<String> formats = Arrays.stream(ExportFormat.values()).map(ExportFormat::word).toList();
		page = new InterchangePage("Export", "Spreadsheets (actors, memberships, relations) or a network for Gephi, yEd and Kumu.",
				"To (file, or folder for CSV):", spec == null ? "" : ExportFormat.CSV.defaultOutput(path()).toString(), formats,
				spec == null ? "Select a .partnership spec in the Project Explorer first." : null);
		addPage(page);
	}

	private Path path() {
		return spec.getLocation().toFile().toPath();
	}

	/** The files the last finish wrote (tests). */
	public List<Path> written() {
		return written;
	}

	/** The page, filled in as a user would (tests). */
	public void choose(String format, String destination) {
		page.choose(format, destination);
	}

	@Override
	public boolean performFinish() {
		ExportFormat format = ExportFormat.of(page.format()).orElse(ExportFormat.CSV);
		Path destination = Path.of(page.path());
		String refused = format.refuses(destination).orElse(null);
		if (refused != null) {
			page.setErrorMessage(refused);
			return false;
		}
		try {
			SpecDocument document = PartnershipLanguage.read(path(), Files.readString(path(), StandardCharsets.UTF_8));
			if (document.model() == null || !document.resource().getErrors().isEmpty()) {
				page.setErrorMessage(spec.getName() + " does not read; fix its errors before exporting it.");
				return false;
			}
			written = format.write(document.model(), destination);
			spec.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
			return true;
		} catch (IOException | CoreException | RuntimeException e) {
			page.setErrorMessage("Cannot export: " + e.getMessage());
			return false;
		}
	}
}
