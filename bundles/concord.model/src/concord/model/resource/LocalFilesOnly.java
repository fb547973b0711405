package concord.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The only way a Concord resource set reaches bytes: local files inside the folders the user named.
 * EMF would otherwise follow any reference in a model ({@code href="http://..."} in XMI, {@code "$ref"}
 * in JSON, {@code jar:}, {@code platform:}, ...) and fetch it while loading, so opening a file could
 * make a request on the network. Every other URI is refused with an {@link IOException} in plain words;
 * the reference stays unresolved and {@link DanglingReferences} reports it.
 */
public final class LocalFilesOnly extends URIHandlerImpl {

	private static final URIHandler FILES = new org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl();

	private final List<Path> folders;
	/** The handlers the resource set had: they still do the reading (an editor's unsaved text, above all). */
	private final List<URIHandler> handlers;

	private LocalFilesOnly(Collection<Path> folders, List<URIHandler> handlers) {
		this.folders = folders.stream().map(LocalFilesOnly::real).toList();
		this.handlers = handlers;
	}

	/**
	 * From now on the resource set reads and writes only files inside {@code folders} (and their
	 * sub-folders), through the handlers it had; installing again replaces the folders.
	 */
	public static void install(ResourceSet resourceSet, Collection<Path> folders) {
		EList<URIHandler> list = resourceSet.getURIConverter().getURIHandlers();
		List<URIHandler> handlers = new ArrayList<>();
		for (URIHandler handler : list) {
			if (handler instanceof LocalFilesOnly installed) {
				handlers.addAll(installed.handlers);
			} else {
				handlers.add(handler);
			}
		}
		list.clear();
		list.add(new LocalFilesOnly(folders, List.copyOf(handlers)));
	}

	/** The handler installed on a resource set, if any. */
	public static java.util.Optional<LocalFilesOnly> of(ResourceSet resourceSet) {
		return resourceSet.getURIConverter().getURIHandlers().stream().filter(LocalFilesOnly.class::isInstance)
				.map(LocalFilesOnly.class::cast).findFirst();
	}

	/** Whether a URI names a local file inside the folders; only those are ever opened. */
	public boolean allows(URI uri) {
		if (uri == null || !uri.isFile() || uri.hasAuthority() && !uri.authority().isEmpty()) {
			return false;
		}
		try {
			Path file = real(Path.of(uri.toFileString()));
			return folders.stream().anyMatch(file::startsWith);
		} catch (InvalidPathException e) {
			return false;
		}
	}

	/** Every URI comes here, so that no other handler (HTTP, archives, platform) is ever asked. */
	@Override
	public boolean canHandle(URI uri) {
		return true;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		return handler(checked(uri)).createInputStream(uri, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		return handler(checked(uri)).createOutputStream(uri, options);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		handler(checked(uri)).delete(uri, options);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		return handler(checked(uri)).contentDescription(uri, options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return allows(uri) && handler(uri).exists(uri, options);
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return allows(uri) ? handler(uri).getAttributes(uri, options) : Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		handler(checked(uri)).setAttributes(uri, attributes, options);
	}

	private URIHandler handler(URI uri) {
		return handlers.stream().filter(h -> h.canHandle(uri)).findFirst().orElse(FILES);
	}

	private URI checked(URI uri) throws IOException {
		if (!allows(uri)) {
			throw new IOException(refusal(uri));
		}
		return uri;
	}

	/** Why a URI is not read, in words for the person who wrote the reference. */
	public String refusal(URI uri) {
		if (uri != null && uri.isFile()) {
			return "'" + uri.toFileString() + "' is outside the folders being read (" + String.join(", ",
					folders.stream().map(Path::toString).toList()) + "); Concord reads only local files there";
		}
		return "'" + uri + "' is not a local file; Concord reads only local files and never fetches models from the network";
	}

	/** The folder or file with links resolved where it exists, so that a link cannot lead outside. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			return Files.exists(absolute) ? absolute.toRealPath() : absolute;
		} catch (IOException e) {
			return absolute;
		}
	}
}
