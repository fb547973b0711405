package concord.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example specs shipped in this bundle's examples/ folder. */
final class Specs {

	static final String UK_HUB = "uk-victim-support-hub.partnership";

	private Specs() {
	}

	static String text(String name) {
		try (InputStream in = Specs.class.getClassLoader().getResourceAsStream("examples/" + name)) {
			if (in == null) {
				throw new IllegalStateException("examples/" + name + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
