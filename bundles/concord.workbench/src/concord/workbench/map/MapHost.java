package concord.workbench.map;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import concord.diagram.model.MapSession;
import concord.diagram.model.UnsavedSpecs;
import concord.diagram.server.MapServer;
import concord.workbench.language.PartnershipLanguage;
import concord.workbench.prefs.WorkbenchProfile;

/**
 * The workbench's one map server: started when the first map editor opens, on 127.0.0.1 with its own
 * session token, and stopped when the workbench closes. Each map editor adds its spec to it.
 */
final class MapHost {

	private static MapServer server;

	private MapHost() {
	}

	/** The address of the map of {@code spec}, token included; starts the server on first use. */
	static synchronized String mapOf(Path spec) throws Exception {
		if (server == null) {
			MapSession session = MapSession.serving(List.of(), PartnershipLanguage.injector());
			// the maps' markers follow the rule profile of the preferences, as the text editor's do
			session.ruleProfile(WorkbenchProfile::current);
			server = MapServer.start(session, 0);
			PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
				@Override
				public boolean preShutdown(IWorkbench workbench, boolean forced) {
					return true;
				}

				@Override
				public void postShutdown(IWorkbench workbench) {
					stop();
				}
			});
		}
		return server.mapOf(server.session().serve(spec)).toString();
	}

	/** The specs the workbench holds unsaved in its text editors, and the maps that follow them. */
	static synchronized UnsavedSpecs unsaved() {
		return server.session().unsaved();
	}

	private static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			} catch (Exception e) {
				// the workbench is closing; a server that does not stop cleanly dies with the JVM
			}
			server = null;
		}
	}
}
