package concord.workbench.report;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import concord.workbench.map.PartnershipMapEditor;

/**
 * File > Export Report...: asks where, then writes the assessment of the active spec for its board. From
 * the text editor the spec's map is opened first, because the report shows the map as it is drawn.
 */
public class ExportReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor == null) {
			return null;
		}
		PartnershipMapEditor map;
		try {
			map = editor instanceof PartnershipMapEditor shown ? shown
					: (PartnershipMapEditor) editor.getSite().getPage().openEditor(editor.getEditorInput(), PartnershipMapEditor.ID, true,
							IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		} catch (PartInitException e) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("The map of this spec could not be opened: " + e.getMessage());
			return null;
		}
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
		dialog.setText("Export Report");
		dialog.setFilterExtensions(new String[] { "*.html" });
		dialog.setFileName(map.getEditorInput().getName().replaceFirst("\\.partnership$", "") + "-report.html");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path target = Path.of(chosen);
		IStatusLineManager status = map.getEditorSite().getActionBars().getStatusLineManager();
		status.setMessage("Writing the report (the map is being drawn)...");
		ReportExport.write(map, target, failure -> {
			status.setErrorMessage(failure.orElse(null));
			status.setMessage(failure.isPresent() ? null : "Wrote the report to " + target + " (open it in a browser; print it for a PDF)");
		});
		return null;
	}
}
