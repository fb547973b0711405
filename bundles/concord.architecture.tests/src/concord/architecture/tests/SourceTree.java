package concord.architecture.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Concord's bundles as the architecture tests read them: each production bundle's MANIFEST.MF and its
 * hand-written Java sources (src/, never the generated src-gen/), with the types each source file uses
 * from other packages. Reading the text keeps the tests independent of OSGi and of a build's class files.
 */
final class SourceTree {

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
	/** A type named with its package in code: concord.validation.RuleValidator. */
	private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z]\\w*\\.)+)[A-Z]\\w*");
	private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

	/** One hand-written Java file: where it is, its package, and the packages of the types it names. */
	record Source(String bundle, Path file, String packageName, String simpleName, Set<String> usedPackages) {
	}

	/** One production bundle: its symbolic name, the bundles it requires and its sources. */
	record Bundle(String name, List<String> required, List<Source> sources) {
	}

	private final Path root;
	private final Map<String, Bundle> bundles = new TreeMap<>();

	private SourceTree(Path root) {
		this.root = root;
	}

	/** The bundles folder of the checkout these tests run in. */
	static SourceTree read() {
		String configured = System.getProperty("concord.bundles");
		Path root = (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
		SourceTree tree = new SourceTree(root);
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.sorted().toList()) {
				String name = folder.getFileName().toString();
				if (name.startsWith("concord.") && !name.endsWith(".tests") && Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF"))) {
					tree.bundles.put(name, tree.readBundle(name, folder));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!tree.bundles.containsKey("concord.model")) {
			throw new IllegalStateException("no Concord bundles under " + root);
		}
		return tree;
	}

	Map<String, Bundle> bundles() {
		return bundles;
	}

	List<Source> sources() {
		return bundles.values().stream().flatMap(bundle -> bundle.sources().stream()).toList();
	}

	/** The bundle whose hand-written or generated code declares {@code packageName}, or null for a package outside Concord. */
	String bundleOfPackage(String packageName) {
		for (Bundle bundle : bundles.values()) {
			if (bundle.sources().stream().anyMatch(source -> source.packageName().equals(packageName))) {
				return bundle.name();
			}
		}
		// generated packages (the metamodel's, the parser's) belong to the bundle whose name they start with
		return bundles.keySet().stream().filter(name -> packageName.equals(name) || packageName.startsWith(name + "."))
				.max(Comparator.comparingInt(String::length)).orElse(null);
	}

	/** A path to show in a failure message: relative to the bundles folder. */
	String shown(Path file) {
		return root.relativize(file).toString();
	}

	private Bundle readBundle(String name, Path folder) throws IOException {
		Manifest manifest;
		try (var in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		List<String> required = new ArrayList<>();
		String requireBundle = manifest.getMainAttributes().getValue("Require-Bundle");
		if (requireBundle != null) {
			for (String clause : clauses(requireBundle)) {
				String bundle = clause.split(";")[0].trim();
				if (!bundle.isEmpty()) {
					required.add(bundle);
				}
			}
		}
		List<Source> sources = new ArrayList<>();
		Path src = folder.resolve("src");
		if (Files.isDirectory(src)) {
			try (Stream<Path> files = Files.walk(src)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					sources.add(readSource(name, file));
				}
			}
		}
		return new Bundle(name, List.copyOf(required), List.copyOf(sources));
	}

	/** A manifest header's clauses: split at the commas that are not inside quotes (version ranges have commas). */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString());
		return clauses;
	}

	private static Source readSource(String bundle, Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Matcher packageLine = PACKAGE.matcher(text);
		String packageName = packageLine.find() ? packageLine.group(1) : "";
		Set<String> used = new LinkedHashSet<>();
		Matcher imports = IMPORT.matcher(text);
		while (imports.find()) {
			used.add(packageOf(imports.group(1)));
		}
		String code = COMMENTS_AND_STRINGS.matcher(IMPORT.matcher(text).replaceAll("")).replaceAll("");
		code = PACKAGE.matcher(code).replaceAll("");
		Matcher qualified = QUALIFIED.matcher(code);
		while (qualified.find()) {
			used.add(qualified.group(1).substring(0, qualified.group(1).length() - 1));
		}
		used.remove(packageName);
		String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
		return new Source(bundle, file, packageName, simpleName, used);
	}

	/** The package of an imported name: the part before the first capitalised segment. */
	private static String packageOf(String imported) {
		StringBuilder packageName = new StringBuilder();
		for (String segment : imported.split("\\.")) {
			if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
				break;
			}
			packageName.append(packageName.isEmpty() ? "" : ".").append(segment);
		}
		return packageName.toString();
	}
}
