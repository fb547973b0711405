package concord.diagram.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import concord.dsl.ide.document.SpecDocument;

/**
 * Opens the spec a client asks for, but only one this session serves (the client names it, never a
 * path), from the text the host holds unsaved if it holds one; saving writes the spec text and the layout
 * sidecar, each atomically. While the map is open it draws the texts the host asks it to
 * ({@link UnsavedSpecs#redraw}).
 */
public class SpecModelStorage implements SourceModelStorage {

	public static final String SOURCE_URI = "sourceUri";

	@Inject
	protected MapModelState map;

	@Inject
	protected MapSession session;

	/** The client's own dispatcher and session (absent where a map is opened without a GLSP server, in tests). */
	@Inject(optional = true)
	protected ActionDispatcher dispatcher;

	@Inject(optional = true)
	protected ClientSessionManager clients;

	@Inject(optional = true)
	@ClientId
	protected String client;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String name = action.getOptions() == null ? null : action.getOptions().get(SOURCE_URI);
		Path file = session.spec(name).orElseThrow(() -> new GLSPServerException("This session does not serve '" + name + "'"));
		try {
			Optional<String> unsaved = session.unsaved().held(file);
			SpecDocument document = unsaved.isPresent() ? SpecDocument.of(file, unsaved.get(), session.language())
					: SpecDocument.open(file, session.language());
			// the markers follow the session's rules; the document keeps them across edits
			map.open(document.ruleProfile(session.ruleProfile()), LayoutSidecar.of(file));
		} catch (IOException e) {
			throw new GLSPServerException(file + ": cannot read the spec (" + e.getMessage() + ")", e);
		}
		follow(file);
	}

	/** Draws the host's texts of the spec on this client's own thread, until the client goes. */
	private void follow(Path file) {
		if (dispatcher == null || clients == null || client == null) {
			return;
		}
		session.unsaved().closed(this); // a map loaded again (a reload) follows the spec it shows now
		session.unsaved().opened(file, this, text -> dispatcher.dispatch(new FollowTextAction(text)));
		clients.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession gone) {
				session.unsaved().closed(SpecModelStorage.this);
			}
		}, client);
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			// a spec the host's text editor holds is written by the editor (which then is saved too); a spec on
			// disk with the same words already is not written again
			Path file = map.document().file();
			boolean unchanged = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(map.document().text());
			if (!unchanged && !session.unsaved().saveAsked(file)) {
				map.document().save();
			}
			map.sidecar().save();
		} catch (IOException e) {
			throw new GLSPServerException(map.document().file() + ": cannot save (" + e.getMessage() + "); nothing was overwritten", e);
		}
	}
}
