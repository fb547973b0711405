package concord.workbench.map;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Export Map as SVG...: asks where, then lets the active map editor write its picture there. */
public class ExportMapHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PartnershipMapEditor map)) {
			return null;
		}
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
		dialog.setText("Export Map as SVG");
		dialog.setFilterExtensions(new String[] { "*.svg" });
		dialog.setFileName(map.getEditorInput().getName().replaceFirst("\\.partnership$", "") + ".svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			map.exportSvg(Path.of(chosen));
		}
		return null;
	}
}
