package nl.werving.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files a candidate might upload: real PDF and DOCX, and things that only pretend to be one. */
public final class TestFiles {

    private static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    private static final String CONTENT_TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    private static final long BOMB_BYTES = 2L * 1024 * 1024 * 1024;
    private static byte[] bomb;

    private TestFiles() {
    }

    public static byte[] pdf() {
        return PDF.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF padded with a comment to exactly this size, for size limits and load tests. */
    public static byte[] pdfOfSize(int size) {
        byte[] pdf = Arrays.copyOf(pdf(), size);
        Arrays.fill(pdf, PDF.length(), size, (byte) ' ');
        return pdf;
    }

    public static byte[] docx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Windows program, as uploaded under the name cv.pdf. */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    /** A ZIP that is not a Word document. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hallo".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A Word document whose main part inflates to 2 GB of zeros, in 2 MB. Built without deflating 2 GB: one megabyte of
     * zeros is deflated once and ended with a full flush, after which the next block refers to nothing before it, so
     * 2,048 copies of that block and an empty final block are one valid deflate stream. Kept once made.
     */
    public static synchronized byte[] docxBomb() {
        if (bomb == null) {
            byte[] zeros = new byte[1024 * 1024];
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(zeros);
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                block.write(buffer, 0, written);
            } while (written == buffer.length);
            deflater.end();
            byte[] megabyte = block.toByteArray();
            int copies = (int) (BOMB_BYTES / zeros.length);
            ByteArrayOutputStream stream = new ByteArrayOutputStream(megabyte.length * copies + 2);
            CRC32 crc = new CRC32();
            for (int i = 0; i < copies; i++) {
                stream.writeBytes(megabyte);
                crc.update(zeros);
            }
            stream.write(0x03); // an empty final block with fixed codes
            stream.write(0x00);
            bomb = zip(ZipPart.stored("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8)),
                    new ZipPart("word/document.xml", ZipPart.DEFLATED, stream.toByteArray(), crc.getValue(), BOMB_BYTES));
        }
        return bomb.clone();
    }

    /** One file of a hand-made ZIP: its bytes as stored, with whatever checksum and size it declares. */
    public record ZipPart(String name, int method, byte[] data, long crc, long size) {

        public static final int STORED = 0;
        public static final int DEFLATED = 8;

        public static ZipPart stored(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            return new ZipPart(name, STORED, data, crc.getValue(), data.length);
        }
    }

    /** A ZIP of these parts, sizes in the local headers (no data descriptors), the way Word writes them. */
    public static byte[] zip(ZipPart... parts) {
        ByteArrayOutputStream files = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (ZipPart part : parts) {
            byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
            int offset = files.size();
            files.writeBytes(header(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) part.method()).putShort((short) 0).putShort((short) 0x21).putInt((int) part.crc())
                    .putInt(part.data().length).putInt((int) part.size()).putShort((short) name.length).putShort((short) 0)
                    .put(name).array());
            files.writeBytes(part.data());
            directory.writeBytes(header(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0).putShort((short) part.method()).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) part.crc()).putInt(part.data().length).putInt((int) part.size()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset)
                    .put(name).array());
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(files.toByteArray());
        zip.writeBytes(directory.toByteArray());
        zip.writeBytes(header(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) parts.length)
                .putShort((short) parts.length).putInt(directory.size()).putInt(files.size()).putShort((short) 0).array());
        return zip.toByteArray();
    }

    private static ByteBuffer header(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }
}
