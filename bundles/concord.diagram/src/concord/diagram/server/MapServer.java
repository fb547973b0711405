package concord.diagram.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.websocket.server.ServerEndpointConfig;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

import concord.diagram.PartnershipMapModule;
import concord.diagram.model.MapSession;

/**
 * The map server: one Jetty on the loopback interface that serves the GLSP client and its websocket,
 * both behind the session token ({@link TokenGate}). Each websocket connection gets its own GLSP
 * injector, as GLSP's own launcher does.
 */
public final class MapServer implements AutoCloseable {

	static final String SOCKET_PATH = "/glsp";

	/** A browser sends a whole request at once; only a stalled or hostile client takes seconds. */
	static final long IDLE_TIMEOUT_MILLIS = 5_000;

	/** An open map may sit untouched for a long while; the browser pings nothing, so allow an hour. */
	static final long SOCKET_IDLE_TIMEOUT_MILLIS = 3_600_000;

	private final Server jetty;
	private final MapSession session;
	private final int port;

	private MapServer(Server jetty, MapSession session, int port) {
		this.jetty = jetty;
		this.session = session;
		this.port = port;
	}

	/** Starts on {@code 127.0.0.1:port} ({@code 0} picks a free port). */
	public static MapServer start(MapSession session, int port) throws Exception {
		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		// A connection that sends nothing, or has not finished its first request's headers, is closed after
		// this long (Jetty's default idle timeout is 30 s); an open map's websocket has its own, longer timeout.
		connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
		connector.addEventListener(new HeaderDeadline(connector.getScheduler(), IDLE_TIMEOUT_MILLIS));
		jetty.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
		context.setContextPath("/");
		context.addServlet(new ServletHolder(new ClientFiles()), "/*");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			ServerEndpointConfig endpoint = ServerEndpointConfig.Builder.create(MapEndpoint.class, SOCKET_PATH)
					.configurator(new GLSPConfigurator(() -> glspInjector(session))).build();
			container.setDefaultMaxSessionIdleTimeout(SOCKET_IDLE_TIMEOUT_MILLIS);
			container.addEndpoint(endpoint);
		});
		// The gate needs the port for the Origin and Host checks; it is known once the connector is open.
		connector.open();
		int boundPort = connector.getLocalPort();
		jetty.setHandler(new TokenGate(context, session, boundPort));
		jetty.start();
		return new MapServer(jetty, session, boundPort);
	}

	private static Injector glspInjector(MapSession session) {
		ServerModule server = new ServerModule() {
			@Override
			protected Class<? extends GLSPServer> bindGLSPServer() {
				return MapGlspServer.class;
			}
		}.configureDiagramModule(new PartnershipMapModule());
		return Guice.createInjector(server, new AbstractModule() {
			@Override
			protected void configure() {
				bind(MapSession.class).toInstance(session);
			}
		});
	}

	public int port() {
		return port;
	}

	public InetSocketAddress address() {
		return new InetSocketAddress("127.0.0.1", port);
	}

	/** The address of the map of one served spec, token included: give it only to the user. */
	public URI mapOf(String specName) {
		return URI.create("http://127.0.0.1:" + port + "/?spec=" + URLEncoder.encode(specName, StandardCharsets.UTF_8) + "&token="
				+ session.token());
	}

	public MapSession session() {
		return session;
	}

	@Override
	public void close() throws Exception {
		jetty.stop();
	}
}
