package concord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * Reads the version from the bundle's manifest, so it never disagrees with the build. The jar is an
 * OSGi bundle: its manifest says Bundle-Version (with the build's timestamp as qualifier), not the
 * Implementation-Version that Java's Package reads.
 */
final class ConcordVersion implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Enumeration<URL> manifests = ConcordVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
		while (manifests.hasMoreElements()) {
			try (InputStream in = manifests.nextElement().openStream()) {
				var main = new Manifest(in).getMainAttributes();
				String name = main.getValue("Bundle-SymbolicName");
				if (name != null && name.split(";")[0].strip().equals("concord.cli") && main.getValue("Bundle-Version") != null) {
					return new String[] { "concord " + main.getValue("Bundle-Version"), "Java " + Runtime.version() };
				}
			}
		}
		return new String[] { "concord (development build, no bundle manifest found)", "Java " + Runtime.version() };
	}
}
