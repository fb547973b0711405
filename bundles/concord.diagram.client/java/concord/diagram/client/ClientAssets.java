package concord.diagram.client;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built map client (web/, made by npm during the Maven build) as resources of this bundle, so that
 * the map server finds it the same way on a plain class path and in an OSGi runtime.
 */
public final class ClientAssets {

	/** Plain file names only: no folders, no "..", nothing outside web/. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private ClientAssets() {
	}

	public static Optional<InputStream> open(String name) {
		if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
			return Optional.empty();
		}
		return Optional.ofNullable(ClientAssets.class.getResourceAsStream("/web/" + name));
	}
}
