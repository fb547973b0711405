package concord.diagram.server;

import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/** GLSP's websocket endpoint whose error replies carry a message only ({@link PlainErrorReplies}). */
public class MapEndpoint extends GLSPServerEndpoint {

	@Override
	protected void configure(Launcher.Builder<GLSPClient> builder) {
		super.configure(builder);
		builder.setExceptionHandler(PlainErrorReplies::of);
	}
}
