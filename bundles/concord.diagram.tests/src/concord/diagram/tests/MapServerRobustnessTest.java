package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;

/**
 * The map server under a client that misbehaves: requests out of order or that fail get a reply with a
 * message and no Java stack trace, and a connection that never finishes its request is closed.
 */
class MapServerRobustnessTest {

	/** A bound on each wait, never a measurement: the server answers in milliseconds. */
	private static final long PATIENCE_SECONDS = 30;

	@TempDir
	Path folder;

	private MapServer server;
	private WebSocket socket;
	private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

	@BeforeEach
	void start() throws Exception {
		Path spec = folder.resolve("hub.partnership");
		Files.writeString(spec, "model \"Hub\"\norganisation \"Council\"\n");
		server = MapServer.start(MapSession.serving(List.of(spec), MapFixture.LANGUAGE), 0);
		socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "http://127.0.0.1:" + server.port())
				.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/glsp?token=" + server.session().token()),
						new WebSocket.Listener() {
							private final StringBuilder text = new StringBuilder();

							@Override
							public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
								text.append(data);
								if (last) {
									replies.add(text.toString());
									text.setLength(0);
								}
								webSocket.request(1);
								return null;
							}
						})
				.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
	}

	@AfterEach
	void stop() throws Exception {
		socket.abort();
		server.close();
	}

	@Test
	void aRequestBeforeInitializeIsRefusedInWords() throws Exception {
		String reply = request(1, "initializeClientSession",
				"{\"clientSessionId\":\"s\",\"diagramType\":\"partnership-map\",\"clientActionKinds\":[]}");
		assertTrue(reply.contains("\"code\":-32002"), reply);
		// Gson writes each apostrophe as a Unicode escape.
		assertTrue(reply.contains("\"message\":\"The map server has not been initialized: send \\u0027initialize\\u0027 first.\""), reply);
		assertNoStackTrace(reply);
	}

	@Test
	void aFailedRequestCarriesAMessageAndNoStackTrace() throws Exception {
		String initialized = request(1, "initialize",
				"{\"applicationId\":\"test\",\"protocolVersion\":\"" + DefaultGLSPServer.PROTOCOL_VERSION + "\"}");
		assertTrue(initialized.contains("\"result\""), initialized);
		String reply = request(2, "initializeClientSession",
				"{\"clientSessionId\":\"s\",\"diagramType\":\"no-such-diagram\",\"clientActionKinds\":[]}");
		assertTrue(reply.contains("\"error\"") && reply.contains("\"message\":\""), reply);
		assertNoStackTrace(reply);
	}

	@Test
	void aConnectionThatNeverFinishesItsHeadersIsClosed() throws Exception {
		try (Socket slow = unfinishedRequest()) {
			// A connection still open after the patience runs out fails the read with a SocketTimeoutException.
			slow.setSoTimeout((int) TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
			InputStream in = slow.getInputStream();
			while (in.read() != -1) {
				// Jetty may answer 408 before it closes; the close is what matters
			}
		}
	}

	@Test
	void aConnectionThatTricklesItsHeadersIsClosed() throws Exception {
		try (Socket slow = unfinishedRequest()) {
			OutputStream out = slow.getOutputStream();
			slow.setSoTimeout(1_000);
			InputStream in = slow.getInputStream();
			// One more header byte each second (the read's timeout paces it) until the server closes, at most a minute.
			for (int second = 0; second < 60; second++) {
				try {
					out.write('x');
					out.flush();
				} catch (java.io.IOException closed) {
					return;
				}
				try {
					if (in.read() == -1) {
						return;
					}
				} catch (java.net.SocketTimeoutException stillOpen) {
					// not closed yet: trickle on
				} catch (java.io.IOException reset) {
					return;
				}
			}
			throw new AssertionError("a connection trickling its headers stayed open for a minute");
		}
	}

	/** A connection with the start of a request on it: the request line and a header without its end. */
	private Socket unfinishedRequest() throws java.io.IOException {
		Socket socket = new Socket(server.address().getAddress(), server.port());
		socket.getOutputStream().write(("GET /?token=" + server.session().token() + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
				+ "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	private String request(int id, String method, String params) throws Exception {
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
				.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
		for (String message = replies.poll(PATIENCE_SECONDS, TimeUnit.SECONDS); message != null;
				message = replies.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
			if (message.contains("\"id\":\"" + id + "\"") || message.contains("\"id\":" + id + ",") || message.contains("\"id\":" + id + "}")) {
				return message;
			}
		}
		assertNotNull(null, "no reply to " + method);
		return null;
	}

	private static void assertNoStackTrace(String reply) {
		assertFalse(reply.contains("\\tat ") || reply.contains("\tat ") || reply.contains("Exception") || reply.contains("\"data\""),
				reply);
	}
}
