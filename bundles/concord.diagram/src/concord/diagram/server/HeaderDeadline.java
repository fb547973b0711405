package concord.diagram.server;

import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose first request has not finished its headers in time. Jetty's idle timeout
 * restarts with every byte, so a client trickling a header a byte at a time would hold a connection
 * (and a thread's worth of state) for as long as it liked; a browser sends its headers at once.
 */
final class HeaderDeadline implements Connection.Listener {

	private final Scheduler scheduler;
	private final long millis;

	HeaderDeadline(Scheduler scheduler, long millis) {
		this.scheduler = scheduler;
		this.millis = millis;
	}

	@Override
	public void onOpened(Connection connection) {
		scheduler.schedule(() -> {
			EndPoint endPoint = connection.getEndPoint();
			// Jetty counts a request when its headers are complete; an upgraded websocket is another connection.
			if (connection.getMessagesIn() == 0 && endPoint.isOpen() && endPoint.getConnection() == connection) {
				endPoint.close();
			}
		}, millis, TimeUnit.MILLISECONDS);
	}
}
