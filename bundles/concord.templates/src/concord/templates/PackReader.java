package concord.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a template pack from a zip, a folder or the class path, refusing anything that is not plain
 * data within {@link PackLimits}: unsafe names (absolute, "..", backslashes), links, too many or too
 * large entries, non-data files, a manifest naming files the pack lacks. Sizes are counted as bytes
 * are read, never taken from headers.
 */
public final class PackReader {

	private final PackLimits limits;

	public PackReader() {
		this(PackLimits.STANDARD);
	}

	public PackReader(PackLimits limits) {
		this.limits = limits;
	}

	/** A pack from a .zip file or a folder. */
	public TemplatePack read(Path source) throws PackException {
		if (Files.isSymbolicLink(source)) {
			throw new PackException(source + ": a pack may not be a link");
		}
		if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
			return fromFolder(source);
		}
		if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
			return fromZip(source);
		}
		throw new PackException(source + ": no such pack (expected a .zip file or a folder)");
	}

	private TemplatePack fromZip(Path zip) throws PackException {
		String origin = zip.toString();
		try {
			for (ZipDirectory.Entry entry : ZipDirectory.entries(zip, limits.maxEntries())) {
				if (entry.symbolicLink()) {
					throw new PackException(origin + ": entry '" + entry.name() + "' is a link; packs hold plain files only");
				}
			}
			Map<String, byte[]> files = new LinkedHashMap<>();
			Budget budget = new Budget(origin);
			try (ZipFile file = new ZipFile(zip.toFile())) {
				Enumeration<? extends ZipEntry> entries = file.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					String name = entry.getName();
					if (entry.isDirectory()) {
						checkName(origin, name.substring(0, name.length() - 1));
						continue;
					}
					checkName(origin, name);
					if (files.containsKey(name)) {
						throw new PackException(origin + ": entry '" + name + "' appears twice");
					}
					try (InputStream in = file.getInputStream(entry)) {
						files.put(name, budget.read(name, in));
					}
				}
			}
			return assemble(files, origin);
		} catch (ZipException e) {
			throw new PackException(origin + ": not a readable zip file (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new PackException(origin + ": " + e.getMessage(), e);
		}
	}

	private TemplatePack fromFolder(Path folder) throws PackException {
		String origin = folder.toString();
		Map<String, byte[]> files = new LinkedHashMap<>();
		Budget budget = new Budget(origin);
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
		} catch (IOException e) {
			throw new PackException(origin + ": cannot read the folder (" + e.getMessage() + ")", e);
		}
		if (paths.size() > limits.maxEntries()) {
			throw new PackException(origin + ": too many entries (" + paths.size() + ", at most " + limits.maxEntries() + ")");
		}
		for (Path path : paths) {
			String name = folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
			if (Files.isSymbolicLink(path)) {
				throw new PackException(origin + ": entry '" + name + "' is a link; packs hold plain files only");
			}
			checkName(origin, name);
			if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
					files.put(name, budget.read(name, in));
				} catch (IOException e) {
					throw new PackException(origin + ": cannot read '" + name + "' (" + e.getMessage() + ")", e);
				}
			}
		}
		return assemble(files, origin);
	}

	/** A pack shipped inside a bundle or jar, under {@code folder} (e.g. "packs/uk-victim-support-hub"). */
	public TemplatePack fromClasspath(ClassLoader loader, String folder, String origin) throws PackException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Budget budget = new Budget(origin);
		byte[] manifest = resource(loader, folder, PackManifest.FILE_NAME, budget, origin);
		files.put(PackManifest.FILE_NAME, manifest);
		for (String name : PackManifest.parse(manifest, origin).files()) {
			checkName(origin, name);
			files.put(name, resource(loader, folder, name, budget, origin));
		}
		return assemble(files, origin);
	}

	private static byte[] resource(ClassLoader loader, String folder, String name, Budget budget, String origin)
			throws PackException {
		try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
			if (in == null) {
				throw new PackException(origin + ": missing '" + name + "'");
			}
			return budget.read(name, in);
		} catch (IOException e) {
			throw new PackException(origin + ": cannot read '" + name + "' (" + e.getMessage() + ")", e);
		}
	}

	private static void checkName(String origin, String name) throws PackException {
		String problem = EntryName.problem(name);
		if (problem != null) {
			throw new PackException(origin + ": " + problem);
		}
	}

	private static TemplatePack assemble(Map<String, byte[]> files, String origin) throws PackException {
		byte[] manifestBytes = files.get(PackManifest.FILE_NAME);
		if (manifestBytes == null) {
			throw new PackException(origin + ": no " + PackManifest.FILE_NAME + " at the top of the pack");
		}
		PackManifest manifest = PackManifest.parse(manifestBytes, origin);
		for (String name : files.keySet()) {
			if (!PackLimits.isData(name)) {
				throw new PackException(origin + ": entry '" + name + "' is not a data file (packs may hold "
						+ PackLimits.dataExtensions() + ")");
			}
		}
		for (String name : manifest.files()) {
			if (EntryName.problem(name) != null) {
				throw new PackException(origin + ": " + PackManifest.FILE_NAME + " names '" + name + "', " + EntryName.problem(name));
			}
			if (!files.containsKey(name)) {
				throw new PackException(origin + ": " + PackManifest.FILE_NAME + " names '" + name + "', which the pack lacks");
			}
		}
		return new TemplatePack(manifest, files, origin);
	}

	/** Counts bytes as they are read, so a lying header cannot make Concord read more than the limits. */
	private final class Budget {
		private final String origin;
		private long total;

		Budget(String origin) {
			this.origin = origin;
		}

		byte[] read(String name, InputStream in) throws IOException, PackException {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
			if (bytes.length > limits.maxEntryBytes()) {
				throw new PackException(origin + ": entry '" + name + "' is larger than " + limits.maxEntryBytes() + " bytes");
			}
			total += bytes.length;
			if (total > limits.maxTotalBytes()) {
				throw new PackException(origin + ": the pack is larger than " + limits.maxTotalBytes() + " bytes unpacked");
			}
			return bytes;
		}
	}
}
