package concord.templates.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Pack files for tests, good and bad, written the way a trainer's zip tool would. */
final class Packs {

	static final String MANIFEST = """
			{
			  "id": "tiny-hub",
			  "title": "Tiny hub",
			  "summary": "Two agencies under one roof.",
			  "author": "Concord tests",
			  "version": "1.0.0",
			  "tags": ["hub", "co-location"],
			  "sources": ["Parker, Hartley, Beashel & Vo 2020"],
			  "specs": ["hub.partnership"],
			  "profile": "teaching.profile",
			  "notes": "NOTES.md",
			  "teaches": ["PL-11"]
			}
			""";

	private Packs() {
	}

	/** The files of a good pack. */
	static Map<String, String> good() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("pack.json", MANIFEST);
		files.put("hub.partnership", "// a spec\n");
		files.put("teaching.profile", "disable DF-02\n");
		files.put("NOTES.md", "# Tiny hub\n");
		return files;
	}

	static Path zip(Path file, Map<String, String> files) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> entry : files.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return file;
	}

	static Path folder(Path folder, Map<String, String> files) throws IOException {
		for (Map.Entry<String, String> entry : files.entrySet()) {
			Path target = folder.resolve(entry.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, entry.getValue());
		}
		return folder;
	}

	/** A zip whose last entry is a Unix symbolic link (as `zip --symlinks` makes). */
	static Path zipWithLink(Path file) throws IOException {
		Map<String, String> files = good();
		files.put("escape.md", "/etc/passwd");
		byte[] zip = Files.readAllBytes(zip(file, files));
		// ZipOutputStream cannot set external attributes, so patch the central directory.
		markLastEntryAsLink(zip);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(zip);
		}
		return file;
	}

	/** Sets "made by Unix" and mode 0120777 on the central-directory record of the last entry. */
	private static void markLastEntryAsLink(byte[] zip) {
		int last = -1;
		for (int i = 0; i + 4 <= zip.length; i++) {
			if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
				last = i;
			}
		}
		zip[last + 5] = 3; // version made by: high byte 3 = Unix
		int mode = 0120777 << 16;
		zip[last + 38] = (byte) mode;
		zip[last + 39] = (byte) (mode >>> 8);
		zip[last + 40] = (byte) (mode >>> 16);
		zip[last + 41] = (byte) (mode >>> 24);
	}
}
