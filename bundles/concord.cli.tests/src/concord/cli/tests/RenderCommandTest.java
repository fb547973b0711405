package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** {@code concord render}: pages of maps, drawn headless by the map's own client in Debian's Chromium. */
class RenderCommandTest extends CliTestCase {

	@Test
	void rendersEverySpecOfAFolderAsAPageWithTitleAndLegend() throws Exception {
		Path maps = Files.createDirectories(folder.resolve("maps"));
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), maps.resolve("hub.partnership"));
		Files.writeString(maps.resolve("small.partnership"), "model \"Small & Co\"\norganisation \"A\"\norganisation \"B\"\n"
				+ "partnership \"Pair\" {\n\tmember \"A\" as lead-agency\n\tmember \"B\" as partner\n}\n");

		Cli.Run svg = cli.run("render", "maps", "--format", "svg");
		assertEquals(0, svg.exitCode(), svg.err());
		String page = Files.readString(maps.resolve("hub.svg"));
		assertTrue(page.startsWith("<svg") && page.contains("width=\"1123\" height=\"794\""), "an A4 landscape page: " + page.substring(0, 200));
		assertTrue(page.contains("UK victim support hub") && page.contains("Legend") && page.contains("Voluntary / third sector"), "title and legend");
		assertTrue(page.contains("Victim Support"), "the map itself");
		assertTrue(Files.readString(maps.resolve("small.svg")).contains("Small &amp; Co"), "the second spec of the folder, its title escaped");

		Cli.Run png = cli.run("render", "maps/hub.partnership", "--format", "png", "--size", "16x9", "--out", "pages");
		assertEquals(0, png.exitCode(), png.err());
		byte[] picture = Files.readAllBytes(folder.resolve("pages/hub.png"));
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(picture, 4));
		// width and height in the PNG header: twice 1920x1080
		assertEquals(3840, java.nio.ByteBuffer.wrap(picture, 16, 4).getInt());
		assertEquals(2160, java.nio.ByteBuffer.wrap(picture, 20, 4).getInt());

		Cli.Run pdf = cli.run("render", "maps/hub.partnership", "--format", "pdf", "--out", "pages");
		assertEquals(0, pdf.exitCode(), pdf.err());
		assertTrue(new String(Files.readAllBytes(folder.resolve("pages/hub.pdf")), 0, 5).equals("%PDF-"), "a PDF");
	}

	@Test
	void saysWhatIsWrongWithItsInput() {
		Cli.Run none = cli.run("render", "nowhere");
		assertEquals(2, none.exitCode());
		assertTrue(none.err().contains("nowhere: neither a .partnership spec nor a folder"), none.err());
		Cli.Run size = cli.run("render", "nowhere", "--size", "a3");
		assertEquals(2, size.exitCode());
		assertTrue(size.err().contains("'a3' is not a page size: a4 or 16x9"), size.err());
	}
}
