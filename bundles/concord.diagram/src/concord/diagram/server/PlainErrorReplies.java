package concord.diagram.server;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The error reply of a failed JSON-RPC request, for the browser: a code and a message, never the Java
 * stack trace LSP4J puts in the reply's data by default (it tells an attacker the server's insides
 * and a user nothing). The trace is logged on the server.
 */
final class PlainErrorReplies {

	private static final Logger LOG = Logger.getLogger(PlainErrorReplies.class.getName());

	private PlainErrorReplies() {
	}

	static ResponseError of(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof InvocationTargetException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException reply) {
			ResponseError error = reply.getResponseError();
			return new ResponseError(error.getCode(), error.getMessage(), null);
		}
		LOG.log(Level.WARNING, "a map request failed", failure);
		String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
		return new ResponseError(ResponseErrorCode.InternalError, "The map server could not handle the request" + message, null);
	}
}
