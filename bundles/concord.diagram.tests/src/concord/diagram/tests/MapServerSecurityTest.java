package concord.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;

/** The map server answers only on loopback, only to holders of the session token, only from its own origin. */
class MapServerSecurityTest {

	@TempDir
	Path folder;

	private MapServer server;
	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		Path spec = folder.resolve("hub.partnership");
		Files.writeString(spec, "model \"Hub\"\norganisation \"Council\"\n");
		server = MapServer.start(MapSession.serving(List.of(spec), MapFixture.LANGUAGE), 0);
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void itListensOnLoopbackOnly() {
		assertTrue(server.address().getAddress().isLoopbackAddress());
	}

	@Test
	void thePageNeedsTheToken() throws Exception {
		assertEquals(403, get("/", null).statusCode());
		assertEquals(403, get("/?token=guess&spec=hub.partnership", null).statusCode());
		HttpResponse<String> page = get("/?spec=hub.partnership&token=" + server.session().token(), null);
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("concord-map.js"), page.body());
		String cookie = page.headers().firstValue("set-cookie").orElseThrow();
		assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
		assertEquals(403, get("/concord-map.js", null).statusCode(), "scripts too");
		assertEquals(200, get("/concord-map.js", cookie.substring(0, cookie.indexOf(';'))).statusCode());
		assertEquals(404, get("/pack.json", cookie.substring(0, cookie.indexOf(';'))).statusCode(), "only the client's files");
	}

	@Test
	void theWebsocketNeedsTheTokenAndThisOrigin() throws Exception {
		String origin = "http://127.0.0.1:" + server.port();
		assertRefused(socket("", origin));
		assertRefused(socket("?token=guess", origin));
		assertRefused(socket("?token=" + server.session().token(), "http://evil.example"));
		WebSocket open = socket("?token=" + server.session().token(), origin).join();
		open.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
	}

	@Test
	void anotherHostNameIsRefused() throws Exception {
		try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /?token=" + server.session().token() + " HTTP/1.1\r\nHost: rebound.example:" + server.port()
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
			assertTrue(status.contains(" 421 "), status);
		}
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private java.util.concurrent.CompletableFuture<WebSocket> socket(String query, String origin) {
		return http.newWebSocketBuilder().header("Origin", origin)
				.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/glsp" + query), new WebSocket.Listener() {
				});
	}

	private static void assertRefused(java.util.concurrent.CompletableFuture<WebSocket> connecting) {
		CompletionException refused = assertThrows(CompletionException.class, connecting::join);
		assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
		assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
	}
}
