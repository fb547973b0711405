package concord.templates;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory for what {@link java.util.zip.ZipFile} does not tell: whether an
 * entry is a symbolic link (Unix mode in the external attributes). A link in a pack could point
 * anywhere once unpacked, so packs with links are refused.
 */
final class ZipDirectory {

	private static final int END_OF_DIRECTORY = 0x06054b50;
	private static final int DIRECTORY_ENTRY = 0x02014b50;
	private static final int UNIX_TYPE_MASK = 0170000;
	private static final int UNIX_SYMLINK = 0120000;

	/** One central-directory record. */
	record Entry(String name, boolean symbolicLink) {
	}

	private ZipDirectory() {
	}

	static List<Entry> entries(Path zip, int maxEntries) throws IOException {
		try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
			long size = channel.size();
			int tail = (int) Math.min(size, 22 + 65535);
			ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
			channel.read(end, size - tail);
			int at = -1;
			for (int i = tail - 22; i >= 0; i--) {
				if (end.getInt(i) == END_OF_DIRECTORY) {
					at = i;
					break;
				}
			}
			if (at < 0) {
				throw new IOException("not a zip file (no central directory)");
			}
			int count = Short.toUnsignedInt(end.getShort(at + 10));
			if (count > maxEntries) {
				throw new IOException("too many entries (" + count + ", at most " + maxEntries + ")");
			}
			long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
			long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
			if (directoryOffset + directorySize > size || directorySize > 16L * 1024 * 1024) {
				throw new IOException("damaged zip (central directory out of bounds)");
			}
			ByteBuffer directory = ByteBuffer.allocate((int) directorySize).order(ByteOrder.LITTLE_ENDIAN);
			channel.read(directory, directoryOffset);
			List<Entry> entries = new ArrayList<>();
			int position = 0;
			for (int i = 0; i < count; i++) {
				if (position + 46 > directorySize || directory.getInt(position) != DIRECTORY_ENTRY) {
					throw new IOException("damaged zip (bad central directory record " + (i + 1) + ")");
				}
				int madeBy = Short.toUnsignedInt(directory.getShort(position + 4)) >> 8;
				int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
				int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
				int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
				int external = directory.getInt(position + 38);
				if (position + 46 + nameLength > directorySize) {
					throw new IOException("damaged zip (entry name out of bounds)");
				}
				byte[] name = new byte[nameLength];
				directory.get(position + 46, name);
				boolean unix = madeBy == 3;
				boolean link = unix && ((external >>> 16) & UNIX_TYPE_MASK) == UNIX_SYMLINK;
				entries.add(new Entry(new String(name, StandardCharsets.UTF_8), link));
				position += 46 + nameLength + extraLength + commentLength;
			}
			return entries;
		}
	}
}
