package concord.templates;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import concord.model.resource.AtomicFile;
import concord.validation.SpecProfiles;

/**
 * The template packs a user can start from: the built-in ones shipped in this bundle, and the ones
 * installed in a user folder (by default {@code ~/.concord/templates}, one sub-folder per pack id).
 * Installing checks the whole pack first and then moves it into place in one step, so a broken pack
 * leaves the registry as it was.
 */
public final class TemplateRegistry {

	/** Where built-in packs live inside this bundle, with an index naming them (jars cannot be listed). */
	static final String BUILT_IN_FOLDER = "packs";
	static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "/index.txt";

	private final Path userFolder;
	private final PackReader reader = new PackReader();

	public TemplateRegistry(Path userFolder) {
		this.userFolder = userFolder;
	}

	/** {@code $CONCORD_HOME/templates} when set, else {@code ~/.concord/templates}. */
	public static Path defaultUserFolder() {
		String home = System.getenv("CONCORD_HOME");
		Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".concord");
		return base.resolve("templates");
	}

	public Path userFolder() {
		return userFolder;
	}

	/** The packs shipped with Concord, in index order. A broken built-in pack is a defect: it throws. */
	public List<TemplatePack> builtIn() {
		List<TemplatePack> packs = new ArrayList<>();
		for (String id : builtInIds()) {
			try {
				packs.add(reader.fromClasspath(TemplateRegistry.class.getClassLoader(), BUILT_IN_FOLDER + "/" + id,
						"built-in pack " + id));
			} catch (PackException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
		return packs;
	}

	/** Packs in the user folder; unreadable ones are reported through {@code problems}, not hidden. */
	public List<TemplatePack> installed(List<String> problems) {
		List<TemplatePack> packs = new ArrayList<>();
		if (!Files.isDirectory(userFolder)) {
			return packs;
		}
		try (Stream<Path> folders = Files.list(userFolder)) {
			for (Path folder : folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
					.sorted().toList()) {
				try {
					packs.add(reader.read(folder));
				} catch (PackException e) {
					problems.add(e.getMessage());
				}
			}
		} catch (IOException e) {
			problems.add(userFolder + ": cannot list installed packs (" + e.getMessage() + ")");
		}
		return packs;
	}

	/** Built-in packs, then installed ones; an installed pack with a built-in id hides the built-in one. */
	public List<TemplatePack> all(List<String> problems) {
		List<TemplatePack> installed = installed(problems);
		List<TemplatePack> all = new ArrayList<>();
		for (TemplatePack pack : builtIn()) {
			if (installed.stream().noneMatch(p -> p.id().equals(pack.id()))) {
				all.add(pack);
			}
		}
		all.addAll(installed);
		return all;
	}

	public Optional<TemplatePack> find(String id) {
		return all(new ArrayList<>()).stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** A check a pack must pass before it is installed, e.g. that its specs read in the language. */
	@FunctionalInterface
	public interface PackCheck {
		void check(TemplatePack pack) throws PackException;
	}

	/**
	 * Checks a pack (zip or folder) and installs it under its id. Nothing in the user folder changes
	 * unless the whole pack is good.
	 *
	 * @param replace whether an installed pack with the same id may be replaced
	 */
	public TemplatePack install(Path source, boolean replace) throws PackException {
		return install(source, replace, pack -> {
		});
	}

	/**
	 * As {@link #install(Path, boolean)}, with a further check of the pack's content (this bundle does
	 * not know the language; its callers do) before anything is written.
	 */
	public TemplatePack install(Path source, boolean replace, PackCheck check) throws PackException {
		TemplatePack pack = reader.read(source);
		check.check(pack);
		Path target = userFolder.resolve(pack.id());
		if (Files.exists(target) && !replace) {
			throw new PackException(pack.id() + " is already installed at " + target + "; install with replace to update it");
		}
		try {
			Files.createDirectories(userFolder);
			Path staging = Files.createTempDirectory(userFolder, "." + pack.id() + ".");
			try {
				writeFiles(pack.files(), staging);
				if (Files.exists(target)) {
					Path old = Files.createTempDirectory(userFolder, "." + pack.id() + ".old.");
					Files.move(target, old.resolve("pack"), StandardCopyOption.ATOMIC_MOVE);
					Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
					deleteTree(old);
				} else {
					Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				}
			} finally {
				deleteTree(staging);
			}
		} catch (IOException e) {
			throw new PackException(pack.id() + ": cannot install into " + userFolder + " (" + e.getMessage() + ")", e);
		}
		return reader.read(target);
	}

	/**
	 * Writes a pack's specs into {@code folder} to start a new model from it, with its notes
	 * ({@code ID-notes.md}) and its profile named after the pack ({@code ID.profile}), which a
	 * {@code .concord} settings file makes the folder's specs follow (docs/rules.md), so that they teach
	 * what the notes say. Named after the pack, two templates' files never collide; a folder that already
	 * follows another pack's profile is refused. Refuses to overwrite: a user's file is never replaced by a
	 * template.
	 *
	 * @return the files written, specs first
	 */
	public List<Path> newSpecs(TemplatePack pack, Path folder) throws PackException {
		Map<String, String> targets = new LinkedHashMap<>();
		pack.manifest().specs().forEach(spec -> targets.put(spec, fileName(spec)));
		pack.manifest().profile().ifPresent(profile -> targets.put(profile, pack.id() + ".profile"));
		if (pack.files().containsKey(pack.manifest().notes())) {
			targets.put(pack.manifest().notes(), pack.id() + "-notes.md");
		}
		Path settings = folder.resolve(SpecProfiles.SETTINGS);
		String follow = pack.manifest().profile().map(p -> "profile " + pack.id() + ".profile\n").orElse(null);
		for (String name : targets.values()) {
			Path target = folder.resolve(name);
			if (Files.exists(target)) {
				throw new PackException(target + " already exists; choose another folder");
			}
		}
		if (follow != null && Files.exists(settings)) {
			throw new PackException(folder + " already follows the profile its " + SpecProfiles.SETTINGS + " names; start "
					+ pack.id() + " in a folder of its own, e.g. " + folder.resolve(pack.id()));
		}
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, String> entry : targets.entrySet()) {
				Path target = folder.resolve(entry.getValue());
				AtomicFile.write(target, pack.files().get(entry.getKey()));
				written.add(target);
			}
			if (follow != null) {
				AtomicFile.write(settings, ("# the specs of this folder follow the rule profile of the pack " + pack.id() + "\n" + follow)
						.getBytes(StandardCharsets.UTF_8));
				written.add(settings);
			}
		} catch (IOException e) {
			throw new PackException(folder + ": cannot write the new spec (" + e.getMessage() + ")", e);
		}
		return written;
	}

	/** Writes a pack as a zip (atomically), e.g. a spec saved as a new template. */
	public static void writeZip(PackManifest manifest, Map<String, byte[]> files, Path zip) throws PackException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			put(out, PackManifest.FILE_NAME, manifest.toJson());
			for (String name : manifest.files()) {
				byte[] content = files.get(name);
				if (content == null) {
					throw new PackException(zip + ": the manifest names '" + name + "' but no content was given");
				}
				put(out, name, content);
			}
		} catch (IOException e) {
			throw new PackException(zip + ": cannot build the pack (" + e.getMessage() + ")", e);
		}
		try {
			AtomicFile.write(zip, bytes.toByteArray());
		} catch (IOException e) {
			throw new PackException(zip + ": cannot write the pack (" + e.getMessage() + ")", e);
		}
	}

	private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(0); // reproducible packs: the same content gives the same bytes
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}

	private static List<String> builtInIds() {
		InputStream index = TemplateRegistry.class.getClassLoader().getResourceAsStream(BUILT_IN_INDEX);
		if (index == null) {
			throw new IllegalStateException("the built-in template index " + BUILT_IN_INDEX + " is missing from the bundle");
		}
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
			return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + BUILT_IN_INDEX, e);
		}
	}

	/** Names were checked by {@link EntryName}; a spec is written flat, by its last segment. */
	private static String fileName(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static void writeFiles(Map<String, byte[]> files, Path folder) throws IOException {
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = folder.resolve(file.getKey()).normalize();
			if (!target.startsWith(folder)) {
				throw new IOException("entry '" + file.getKey() + "' leaves the pack folder"); // EntryName already refused it
			}
			Files.createDirectories(target.getParent());
			try {
				Files.write(target, file.getValue(), java.nio.file.StandardOpenOption.CREATE_NEW);
			} catch (FileAlreadyExistsException e) {
				throw new IOException("entry '" + file.getKey() + "' appears twice", e);
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
