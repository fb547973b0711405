package concord.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The inputs that showed defects under fuzzed and hostile input (cases/reliability, with a README of
 * what each showed and what is expected), read as bytes the way a file is.
 */
final class Cases {

	private Cases() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Cases.class.getClassLoader().getResourceAsStream("cases/reliability/" + name)) {
			if (in == null) {
				throw new IllegalStateException("cases/reliability/" + name + " is missing from the bundle");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads bytes as a spec file named {@code name} would load (through the resource's own decoding). */
	static Resource load(ResourceSet resourceSet, String name, byte[] bytes) {
		Resource resource = resourceSet.createResource(URI.createURI(name));
		try {
			resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
