package concord.diagram.server;

import java.util.List;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import concord.diagram.model.MapSession;

/**
 * Every request passes here first. The page is handed out only with the session token in its URL (and
 * then sets a same-site cookie so that its scripts and styles load); the websocket needs the token and,
 * from a browser, an Origin of this server. The Host must be this loopback server, against DNS rebinding.
 */
final class TokenGate extends Handler.Wrapper {

	static final String COOKIE = "concord_session";

	private final MapSession session;
	private final List<String> origins;

	TokenGate(Handler handler, MapSession session, int port) {
		super(handler);
		this.session = session;
		this.origins = List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String host = request.getHeaders().get(HttpHeader.HOST);
		if (host == null || origins.stream().noneMatch(o -> o.endsWith("//" + host))) {
			return refuse(request, response, callback, 421, "wrong host");
		}
		String path = Request.getPathInContext(request);
		Fields query = Request.extractQueryParameters(request);
		String token = query.getValue("token");
		if (path.equals(MapServer.SOCKET_PATH)) {
			String origin = request.getHeaders().get(HttpHeader.ORIGIN);
			if (!session.admits(token)) {
				return refuse(request, response, callback, 403, "a session token is required");
			}
			if (origin != null && !origins.contains(origin)) {
				return refuse(request, response, callback, 403, "origin " + origin + " is not allowed");
			}
			return super.handle(request, response, callback);
		}
		if (session.admits(token)) {
			response.getHeaders().add(HttpHeader.SET_COOKIE,
					COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Strict");
			return super.handle(request, response, callback);
		}
		if (session.admits(cookie(request))) {
			return super.handle(request, response, callback);
		}
		return refuse(request, response, callback, 403, "a session token is required");
	}

	private static String cookie(Request request) {
		for (HttpCookie cookie : Request.getCookies(request)) {
			if (cookie.getName().equals(COOKIE)) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static boolean refuse(Request request, Response response, Callback callback, int status, String why) {
		Response.writeError(request, response, callback, status, why);
		return true;
	}
}
