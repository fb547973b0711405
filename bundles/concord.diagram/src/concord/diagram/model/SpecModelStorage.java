package concord.diagram.model;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import concord.dsl.ide.document.SpecDocument;

/**
 * Opens the spec a client asks for, but only one this session serves (the client names it, never a
 * path); saving writes the spec text and the layout sidecar, each atomically.
 */
public class SpecModelStorage implements SourceModelStorage {

	public static final String SOURCE_URI = "sourceUri";

	@Inject
	protected MapModelState map;

	@Inject
	protected MapSession session;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String name = action.getOptions() == null ? null : action.getOptions().get(SOURCE_URI);
		Path file = session.spec(name).orElseThrow(() -> new GLSPServerException("This session does not serve '" + name + "'"));
		try {
			// the markers follow the session's rules; the document keeps them across edits
			map.open(SpecDocument.open(file, session.language()).ruleProfile(session.ruleProfile()), LayoutSidecar.of(file));
		} catch (IOException e) {
			throw new GLSPServerException(file + ": cannot read the spec (" + e.getMessage() + ")", e);
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			map.document().save();
			map.sidecar().save();
		} catch (IOException e) {
			throw new GLSPServerException(map.document().file() + ": cannot save (" + e.getMessage() + "); nothing was overwritten", e);
		}
	}
}
