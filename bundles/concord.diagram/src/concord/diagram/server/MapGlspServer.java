package concord.diagram.server;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * GLSP's server with two repairs. GLSP 2.3.0 was compiled against an LSP4J whose error code was
 * spelled {@code serverNotInitialized}; LSP4J 1.0.0 spells it {@code ServerNotInitialized}, so GLSP's
 * own check fails with a {@link NoSuchFieldError} on any request before {@code initialize}. And GLSP
 * sends the Java stack trace of a failed action to the browser as the message's details: the browser
 * gets the message only (the trace goes to the server's log).
 */
public class MapGlspServer extends DefaultGLSPServer {

	@Override
	protected void validateServerInitialized() {
		if (!isInitialized()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
					"The map server has not been initialized: send 'initialize' first.", null));
		}
	}

	@Override
	public void connect(GLSPClient client) {
		super.connect(message -> client.process(withoutDetails(message)));
	}

	private static ActionMessage withoutDetails(ActionMessage message) {
		Action action = message.getAction();
		if (action instanceof MessageAction shown && shown.getDetails().isPresent()) {
			shown.setDetails(null);
		}
		return message;
	}
}
