package nl.werving.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import nl.werving.support.TestFiles;
import nl.werving.support.TestFiles.ZipPart;

/** What passes as a CV: real PDFs and Word documents, judged by content, and nothing a ZIP can hide. */
class CvFileTest {

    private static final byte[] CONTENT_TYPES = "<Types/>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCUMENT = "<w:document/>".getBytes(StandardCharsets.UTF_8);

    private static Optional<String> typeOf(byte[] content) {
        return CvFile.detectType(content);
    }

    private static void assertDocx(byte[] content) {
        assertEquals(Optional.of(CvFile.DOCX), typeOf(content));
    }

    private static void assertRefused(byte[] content) {
        assertEquals(Optional.empty(), typeOf(content));
    }

    /** A hand-made part that declares a size and stores {@code stored} bytes of (meaningless) deflated data. */
    private static ZipPart deflated(String name, long declaredSize, int stored) {
        byte[] data = new byte[stored];
        new Random(stored).nextBytes(data);
        return new ZipPart(name, ZipPart.DEFLATED, data, 0, declaredSize);
    }

    private static byte[] docxWith(ZipPart... more) {
        List<ZipPart> parts = new ArrayList<>(List.of(ZipPart.stored("[Content_Types].xml", CONTENT_TYPES),
                ZipPart.stored("word/document.xml", DOCUMENT)));
        parts.addAll(List.of(more));
        return TestFiles.zip(parts.toArray(ZipPart[]::new));
    }

    /** A CV as Word would write it: some pages of varied text, styles, and a photo that does not compress. */
    private static byte[] realisticDocx() throws IOException {
        Random random = new Random(42);
        String[] words = { "klantenservice", "telefoon", "chat", "klachten", "oplossen", "team", "planning", "Utrecht",
                "2019", "verantwoordelijk", "voor", "de", "het", "en", "met", "klanten", "bestellingen", "retouren" };
        StringBuilder document = new StringBuilder("<w:document><w:body>");
        for (int paragraph = 0; paragraph < 2000; paragraph++) {
            document.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t>");
            for (int word = 0; word < 12; word++) {
                document.append(words[random.nextInt(words.length)]).append(' ');
            }
            document.append("</w:t></w:r></w:p>");
        }
        document.append("</w:body></w:document>");
        byte[] photo = new byte[1024 * 1024];
        random.nextBytes(photo);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES);
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.toString().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.jpeg"));
            zip.write(photo);
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptsPdfAndWordDocumentsAsWrittenByJavaAndByWord() throws IOException {
        assertEquals(Optional.of(CvFile.PDF), typeOf(TestFiles.pdf()));
        assertDocx(TestFiles.docx());
        assertDocx(docxWith());
        assertDocx(realisticDocx());
    }

    @Test
    void acceptsAWordDocumentStreamedWithZip64Descriptors() {
        byte[] streamed = streamedWithWideDescriptors(CONTENT_TYPES, DOCUMENT);
        assertDocx(streamed);

        int end = streamed.length - 22;
        int directory = (int) u32(streamed, end + 16);
        assertRefused(patch(patch(streamed, directory + 20, 4, CONTENT_TYPES.length + 1), directory + 24, 4, CONTENT_TYPES.length + 1));
    }

    @Test
    void refusesWhatIsNoWordDocument() {
        assertRefused(TestFiles.exe());
        assertRefused(TestFiles.zip());
        assertRefused(TestFiles.zip(ZipPart.stored("word/document.xml", DOCUMENT)));
        assertRefused(TestFiles.zip(ZipPart.stored("[Content_Types].xml", CONTENT_TYPES)));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        assertRefused(noise);
        assertRefused(new byte[] { 'P', 'K', 3, 4 });
        assertRefused(new byte[0]);
    }

    @Test
    void refusesAZipBombWithoutInflatingIt() {
        byte[] bomb = TestFiles.docxBomb();
        assertTrue(bomb.length < 3 * 1024 * 1024, "the bomb is small: " + bomb.length);

        assertTimeout(Duration.ofMillis(500), () -> assertRefused(bomb));
    }

    @Test
    void refusesEntriesThatDeclareMoreThanADocumentNeeds() {
        assertRefused(docxWith(deflated("word/media/huge.bin", CvFile.MAX_ENTRY_BYTES + 1, 1024 * 1024)));
        assertRefused(docxWith(deflated("a.bin", 40L << 20, 500 * 1024), deflated("b.bin", 40L << 20, 500 * 1024),
                deflated("c.bin", 40L << 20, 500 * 1024)));
        assertRefused(docxWith(deflated("word/styles.xml", 200 * 1024, 1024)));
        assertRefused(docxWith(deflated("word/styles.xml", 3L << 30, 4096)));

        assertDocx(docxWith(deflated("word/styles.xml", 200 * 1024, 4 * 1024)));
        assertDocx(docxWith(deflated("word/settings.xml", 50 * 1024, 100)));
    }

    @Test
    void refusesMoreEntriesThanADocumentHas() {
        List<ZipPart> parts = new ArrayList<>();
        for (int i = 0; i < CvFile.MAX_ENTRIES - 2; i++) {
            parts.add(ZipPart.stored("word/media/image" + i + ".png", new byte[] { (byte) i }));
        }
        assertDocx(docxWith(parts.toArray(ZipPart[]::new)));

        parts.add(ZipPart.stored("word/media/one-too-many.png", new byte[1]));
        assertRefused(docxWith(parts.toArray(ZipPart[]::new)));
    }

    @Test
    void refusesADirectoryThatLiesAboutSizes() {
        byte[] docx = docxWith();
        // Word-style archive: the local header carries the sizes, so the directory must repeat them.
        assertRefused(patchDirectoryEntry(docx, "word/document.xml", 24, 1));
        assertRefused(patchDirectoryEntry(docx, "word/document.xml", 20, DOCUMENT.length + 1));
        assertRefused(patchDirectoryEntry(docx, "word/document.xml", 16, 0));
        // Java-style archive: the sizes come after the data, in a data descriptor.
        byte[] streamed = TestFiles.docx();
        int size = (int) u32(streamed, directoryEntry(streamed, "word/document.xml") + 24);
        assertRefused(patchDirectoryEntry(streamed, "word/document.xml", 24, size - 1));
        assertRefused(patchDirectoryEntry(streamed, "word/document.xml", 20, 1));
        // Stored data is as long as it is; deflated data is not longer than what it inflates to.
        assertRefused(docxWith(new ZipPart("word/styles.xml", ZipPart.STORED, new byte[10], 0, 20)));
        assertRefused(docxWith(deflated("word/styles.xml", 10, 5000)));
        // A size of 0xFFFFFFFF means "see the ZIP64 field": no CV needs that.
        assertRefused(patchDirectoryEntry(docx, "word/document.xml", 24, 0xFFFFFFFFL));
    }

    @Test
    void refusesEntryCountsAndOffsetsThatDoNotAddUp() {
        byte[] docx = docxWith();
        int end = docx.length - 22;
        assertRefused(patch(docx, end + 10, 2, 3));
        assertRefused(patch(docx, end + 8, 2, 1));
        assertRefused(patch(patch(docx, end + 8, 2, 1), end + 10, 2, 1));
        assertRefused(patch(docx, end + 12, 4, u32(docx, end + 12) - 1));
        assertRefused(patch(docx, end + 16, 4, u32(docx, end + 16) + 1));
        assertRefused(patch(docx, end + 20, 2, 5));
        byte[] trailing = Arrays.copyOf(docx, docx.length + 1);
        assertRefused(trailing);
    }

    @Test
    void refusesFilesThatOverlapOrRepeat() {
        // The first file claims to be long enough to swallow the second: both would inflate the same bytes.
        byte[] docx = docxWith();
        int second = (int) u32(docx, directoryEntry(docx, "word/document.xml") + 42);
        int secondEnd = second + 30 + "word/document.xml".length() + DOCUMENT.length;
        int firstLength = secondEnd - 30 - "[Content_Types].xml".length();
        byte[] overlapping = patchDirectoryEntry(docx, "[Content_Types].xml", 20, firstLength);
        overlapping = patchDirectoryEntry(overlapping, "[Content_Types].xml", 24, firstLength);
        overlapping = patch(overlapping, 18, 4, firstLength);
        overlapping = patch(overlapping, 22, 4, firstLength);
        assertRefused(overlapping);

        assertRefused(docxWith(ZipPart.stored("word/document.xml", DOCUMENT)));
    }

    @Test
    void judgesEveryTruncatedOrDamagedCopyWithoutAnException() throws IOException {
        for (byte[] docx : List.of(TestFiles.docx(), docxWith(), streamedWithWideDescriptors(CONTENT_TYPES, DOCUMENT))) {
            for (int length = 0; length < docx.length; length++) {
                assertRefused(Arrays.copyOf(docx, length));
            }
            for (int at = 0; at < docx.length; at++) {
                for (int value : new int[] { 0x00, 0xFF, docx[at] ^ 0x01 }) {
                    byte[] damaged = docx.clone();
                    damaged[at] = (byte) value;
                    typeOf(damaged);
                }
            }
        }
        byte[] real = realisticDocx();
        assertRefused(Arrays.copyOf(real, real.length / 2));
    }

    @Test
    void shortensALongFileNameAndKeepsTheExtension() {
        assertEquals("Mijn CV 2026.docx", CvFile.of("Mijn CV (2026).docx", CvFile.DOCX, DOCUMENT).fileName());
        assertEquals("cv-fenna.pdf", CvFile.of("C:\\Users\\fenna\\cv-fenna.pdf", CvFile.PDF, DOCUMENT).fileName());
        assertEquals("cv.pdf", CvFile.of("../../", CvFile.PDF, DOCUMENT).fileName());
        assertEquals("é".repeat(100) + ".pdf", CvFile.of("é".repeat(5000) + ".pdf", CvFile.PDF, DOCUMENT).fileName());
        assertEquals("c".repeat(100) + ".docx", CvFile.of("c".repeat(5000) + ".exe", CvFile.DOCX, DOCUMENT).fileName());

        assertTimeout(Duration.ofMillis(500), () -> CvFile.of("a".repeat(64 * 1024), CvFile.PDF, DOCUMENT));
    }

    /**
     * The two parts stored the way writers that stream to an unseekable output do it: sizes unknown in the local header
     * (ZIP64 markers and an empty ZIP64 field), then a data descriptor with 8-byte sizes; the directory has the real ones.
     */
    private static byte[] streamedWithWideDescriptors(byte[] contentTypes, byte[] document) {
        ByteArrayOutputStream files = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        String[] names = { "[Content_Types].xml", "word/document.xml" };
        byte[][] contents = { contentTypes, document };
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i].getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(contents[i]);
            int offset = files.size();
            files.writeBytes(le(30 + name.length + 20).putInt(0x04034b50).putShort((short) 45).putShort((short) 8).putShort((short) 0)
                    .putInt(0).putInt(0).putInt(-1).putInt(-1).putShort((short) name.length).putShort((short) 20).put(name)
                    .putShort((short) 1).putShort((short) 16).putLong(0).putLong(0).array());
            files.writeBytes(contents[i]);
            files.writeBytes(le(24).putInt(0x08074b50).putInt((int) crc.getValue()).putLong(contents[i].length)
                    .putLong(contents[i].length).array());
            directory.writeBytes(le(46 + name.length).putInt(0x02014b50).putShort((short) 45).putShort((short) 45).putShort((short) 8)
                    .putShort((short) 0).putInt(0).putInt((int) crc.getValue()).putInt(contents[i].length).putInt(contents[i].length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putInt(0).putInt(offset).put(name).array());
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(files.toByteArray());
        zip.writeBytes(directory.toByteArray());
        zip.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 2).putShort((short) 2)
                .putInt(directory.size()).putInt(files.size()).putShort((short) 0).array());
        return zip.toByteArray();
    }

    private static ByteBuffer le(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The offset of the central directory entry for {@code name}. */
    private static int directoryEntry(byte[] zip, String name) {
        int end = zip.length - 22;
        int at = (int) u32(zip, end + 16);
        for (int i = 0; i < u16(zip, end + 10); i++) {
            int nameLength = u16(zip, at + 28);
            if (new String(zip, at + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
                return at;
            }
            at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        }
        throw new AssertionError("no entry " + name);
    }

    private static byte[] patchDirectoryEntry(byte[] zip, String name, int field, long value) {
        return patch(zip, directoryEntry(zip, name) + field, 4, value);
    }

    private static byte[] patch(byte[] zip, int at, int width, long value) {
        byte[] patched = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        if (width == 2) {
            buffer.putShort(at, (short) value);
        } else {
            buffer.putInt(at, (int) value);
        }
        return patched;
    }

    private static int u16(byte[] zip, int at) {
        return ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getShort(at) & 0xFFFF;
    }

    private static long u32(byte[] zip, int at) {
        return ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getInt(at) & 0xFFFFFFFFL;
    }
}
