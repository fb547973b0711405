package concord.dsl.ide.rename;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.server.rename.RenameService2;

import com.google.inject.Inject;

/**
 * Rename takes the new name as the user types it: names are quoted in the language, and an editor that
 * shows {@code "Police"} for renaming gets {@code "County Police"} back as often as {@code County Police}.
 * Either way the spec gets one pair of quotes.
 */
public class PartnershipRename extends RenameService2 {

	@Inject
	private IValueConverterService valueConverters;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		String newName = params.getNewName().strip();
		if (newName.length() >= 2 && newName.startsWith("\"") && newName.endsWith("\"")) {
			params.setNewName(valueConverters.toValue(newName, "STRING", null).toString());
		}
		return super.rename(options);
	}
}
