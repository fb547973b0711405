import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Run at package time on the assembled distribution (target/concord/concord): removes the jar signatures
 * and records the class-data-sharing archive from a representative command. A signed jar is verified
 * entry by entry on every start (about 30% of the start of `concord validate`) and the JVM does not
 * archive classes from signed jars; the command line is a local program, not a p2 install, so nobody
 * checks those signatures. The archive is recorded from `validate` on the bundled example, with the
 * launch script's own options, so that every later start maps the classes validate needs.
 * Usage: java FinishDistribution.java DISTRIBUTION_FOLDER
 */
public final class FinishDistribution {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/([^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]+)",
			Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]).toAbsolutePath();
		int unsigned = 0;
		try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
			for (Path jar : jars.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
				if (unsign(jar)) {
					unsigned++;
				}
			}
		}
		System.out.println("FinishDistribution: removed the signatures of " + unsigned + " jars");
		recordArchive(home);
	}

	/** Rewrites {@code jar} without its signature files; the manifest's digests stay (harmless without them). */
	private static boolean unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		boolean signed = false;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					signed = true;
					continue;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				if (entry.getLastModifiedTime() != null) {
					kept.setLastModifiedTime(entry.getLastModifiedTime());
				}
				out.putNextEntry(kept);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		if (signed) {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
		} else {
			Files.delete(copy);
		}
		return signed;
	}

	/**
	 * bin/concord starts the JVM with {@code -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=cds/concord.jsa}:
	 * the same options here make the archive that the script then finds valid and maps (a different JDK
	 * finds it invalid and records its own on its first run).
	 */
	private static void recordArchive(Path home) throws IOException, InterruptedException {
		Path archive = home.resolve("cds/concord.jsa");
		Files.createDirectories(archive.getParent());
		Files.deleteIfExists(archive);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m", "-XX:+AutoCreateSharedArchive",
				"-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of("-Dconcord.docs=" + home.resolve("docs"), "-cp", home.resolve("lib") + "/*",
				"concord.cli.Main", "validate", home.resolve("examples/uk-victim-support-hub.partnership").toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (InputStream output = process.getInputStream()) {
			output.transferTo(OutputStream.nullOutputStream());
		}
		int exit = process.waitFor();
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("no class-data-sharing archive was recorded (validate ended with " + exit + ")");
		}
		System.out.println("FinishDistribution: recorded " + home.relativize(archive) + " from validate ("
				+ Files.size(archive) / (1024 * 1024) + " MB, JDK " + Runtime.version() + ")");
	}
}
