package concord.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import concord.diagram.client.ClientAssets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the built map client (page, script, styles, icon font) and nothing else. */
final class ClientFiles extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ttf", "font/ttf", "svg", "image/svg+xml");

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? "/index.html" : request.getPathInfo();
		String name = path.substring(1);
		String extension = name.substring(name.lastIndexOf('.') + 1);
		try (InputStream in = ClientAssets.open(name).orElse(null)) {
			if (in == null || !TYPES.containsKey(extension)) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			response.setContentType(TYPES.get(extension));
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			in.transferTo(response.getOutputStream());
		}
	}
}
