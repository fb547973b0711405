package concord.cli.spec;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/** File paths as EMF URIs; one place, so that every format resolves the same file to the same URI. */
public final class SpecUris {

	private SpecUris() {
	}

	public static URI of(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
