package nl.werving.candidate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table of contents of a ZIP archive, read from its central directory without inflating a single byte, so judging
 * an upload costs the same whatever its entries would expand to. An archive is only read when every record agrees with
 * the others: the end record with the directory it points to, each directory entry with the local header and data
 * descriptor of its file, the files with each other (none overlaps another or the directory). Archives that need
 * ZIP64, span disks or are encrypted are not read at all: no Word document needs them.
 */
final class ZipDirectory {

    /** One file in the archive, as the central directory declares it. */
    record Entry(String name, int method, long compressedSize, long size) {
    }

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int DESCRIPTOR_SIGNATURE = 0x08074b50;
    private static final int END_LENGTH = 22;
    private static final int CENTRAL_LENGTH = 46;
    private static final int LOCAL_LENGTH = 30;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long ZIP64_MARKER = 0xFFFFFFFFL;
    private static final int ENCRYPTED = 1;
    private static final int HAS_DESCRIPTOR = 1 << 3;
    private static final int UTF8_NAMES = 1 << 11;

    private final byte[] zip;

    private ZipDirectory(byte[] zip) {
        this.zip = zip;
    }

    /**
     * The entries of the archive, or nothing when it is not a ZIP this reader trusts: malformed, truncated, inconsistent,
     * or with more than {@code maxEntries} entries.
     */
    static Optional<List<Entry>> read(byte[] zip, int maxEntries) {
        return new ZipDirectory(zip).entries(maxEntries);
    }

    private Optional<List<Entry>> entries(int maxEntries) {
        long end = findEnd();
        if (end < 0 || u16(end + 4) != 0 || u16(end + 6) != 0) {
            return Optional.empty();
        }
        int count = u16(end + 10);
        long directorySize = u32(end + 12);
        long directoryStart = u32(end + 16);
        // The entries on "this disk" and in total must agree, and the directory must end where the end record starts.
        if (u16(end + 8) != count || count > maxEntries || directoryStart + directorySize != end) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>(count);
        List<long[]> extents = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        long position = directoryStart;
        for (int i = 0; i < count; i++) {
            if (!fits(position, CENTRAL_LENGTH, end) || u32(position) != CENTRAL_SIGNATURE) {
                return Optional.empty();
            }
            int flags = u16(position + 8);
            int method = u16(position + 10);
            long crc = u32(position + 16);
            long compressedSize = u32(position + 20);
            long size = u32(position + 24);
            int nameLength = u16(position + 28);
            long next = position + CENTRAL_LENGTH + nameLength + u16(position + 30) + u16(position + 32);
            long localStart = u32(position + 42);
            if (next > end || u16(position + 34) != 0 || (flags & ENCRYPTED) != 0
                    || compressedSize == ZIP64_MARKER || size == ZIP64_MARKER || localStart == ZIP64_MARKER
                    || !plausibleSizes(method, compressedSize, size)) {
                return Optional.empty();
            }
            long nameStart = position + CENTRAL_LENGTH;
            long fileEnd = checkLocalFile(localStart, flags, method, crc, compressedSize, size, nameStart, nameLength, directoryStart);
            String name = name(nameStart, nameLength, flags);
            if (fileEnd < 0 || !names.add(name)) {
                return Optional.empty();
            }
            entries.add(new Entry(name, method, compressedSize, size));
            extents.add(new long[] { localStart, fileEnd });
            position = next;
        }
        // Every byte of the directory is accounted for by the declared number of entries, and no file overlaps another.
        if (position != end || overlap(extents)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(entries));
    }

    /** The end record is the last thing in the file; only its comment may follow it. */
    private long findEnd() {
        long lowest = Math.max(0, (long) zip.length - END_LENGTH - MAX_COMMENT);
        for (long at = (long) zip.length - END_LENGTH; at >= lowest; at--) {
            if (u32(at) == END_SIGNATURE && at + END_LENGTH + u16(at + 20) == zip.length) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Checks the file's local header, name and data descriptor against its directory entry and answers where the file
     * ends, or -1 when anything disagrees or reaches into the directory.
     */
    private long checkLocalFile(long start, int flags, int method, long crc, long compressedSize, long size, long nameStart,
            int nameLength, long directoryStart) {
        if (!fits(start, LOCAL_LENGTH, directoryStart) || u32(start) != LOCAL_SIGNATURE) {
            return -1;
        }
        int localFlags = u16(start + 6);
        if ((localFlags & HAS_DESCRIPTOR) != (flags & HAS_DESCRIPTOR) || u16(start + 8) != method || u16(start + 26) != nameLength
                || !fits(start + LOCAL_LENGTH, nameLength, directoryStart) || !sameBytes(start + LOCAL_LENGTH, nameStart, nameLength)) {
            return -1;
        }
        long dataEnd = start + LOCAL_LENGTH + nameLength + u16(start + 28) + compressedSize;
        if (dataEnd > directoryStart) {
            return -1;
        }
        long localCrc = u32(start + 14);
        long localCompressed = u32(start + 18);
        long localSize = u32(start + 22);
        if ((localFlags & HAS_DESCRIPTOR) == 0) {
            return localCrc == crc && localCompressed == compressedSize && localSize == size ? dataEnd : -1;
        }
        // With a data descriptor the local header may leave the values at zero (or, for sizes, point to a ZIP64 field:
        // writers that stream do so for any file); the descriptor after the data has them, with 4- or 8-byte sizes.
        boolean localAgrees = (localCrc == 0 || localCrc == crc)
                && (localCompressed == 0 || localCompressed == ZIP64_MARKER || localCompressed == compressedSize)
                && (localSize == 0 || localSize == ZIP64_MARKER || localSize == size);
        long descriptor = fits(dataEnd, 4, directoryStart) && u32(dataEnd) == DESCRIPTOR_SIGNATURE ? dataEnd + 4 : dataEnd;
        if (!localAgrees || !fits(descriptor, 12, directoryStart) || u32(descriptor) != crc) {
            return -1;
        }
        if (u32(descriptor + 4) == compressedSize && u32(descriptor + 8) == size) {
            return descriptor + 12;
        }
        boolean wideSizes = fits(descriptor, 20, directoryStart) && u32(descriptor + 4) == compressedSize && u32(descriptor + 8) == 0
                && u32(descriptor + 12) == size && u32(descriptor + 16) == 0;
        return wideSizes ? descriptor + 20 : -1;
    }

    /**
     * Sizes a real archive can have: stored data is as long as the file, and deflate never makes data much longer (at
     * worst a few bytes per 16 KB block). A directory that says otherwise is lying about one of the two.
     */
    private static boolean plausibleSizes(int method, long compressedSize, long size) {
        return switch (method) {
            case STORED -> compressedSize == size;
            case DEFLATED -> compressedSize <= size + size / 100 + 64;
            default -> false;
        };
    }

    private static boolean overlap(List<long[]> extents) {
        List<long[]> ordered = new ArrayList<>(extents);
        ordered.sort(Comparator.comparingLong(extent -> extent[0]));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i)[0] < ordered.get(i - 1)[1]) {
                return true;
            }
        }
        return false;
    }

    private String name(long start, int length, int flags) {
        byte[] bytes = Arrays.copyOfRange(zip, (int) start, (int) start + length);
        return new String(bytes, (flags & UTF8_NAMES) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private boolean sameBytes(long a, long b, int length) {
        return Arrays.equals(zip, (int) a, (int) a + length, zip, (int) b, (int) b + length);
    }

    /** Whether {@code length} bytes from {@code start} lie before {@code limit} (and inside the file). */
    private boolean fits(long start, long length, long limit) {
        return start >= 0 && start + length <= Math.min(limit, zip.length);
    }

    /** Little-endian unsigned 16 bits, or -1 outside the file (which no check accepts). */
    private int u16(long at) {
        if (!fits(at, 2, zip.length)) {
            return -1;
        }
        int i = (int) at;
        return (zip[i] & 0xFF) | (zip[i + 1] & 0xFF) << 8;
    }

    /** Little-endian unsigned 32 bits, or -1 outside the file. */
    private long u32(long at) {
        if (!fits(at, 4, zip.length)) {
            return -1;
        }
        int i = (int) at;
        return (zip[i] & 0xFFL) | (zip[i + 1] & 0xFFL) << 8 | (zip[i + 2] & 0xFFL) << 16 | (zip[i + 3] & 0xFFL) << 24;
    }
}
