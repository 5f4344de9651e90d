package nl.werving.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A CV as uploaded, accepted only when its content is a PDF or a Word document (DOCX) of at most
 * 5 MB. The file name and the browser's content type are not trusted: an .exe renamed to .pdf is not a PDF.
 */
public record CvFile(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    /** The file's real type, judged by its content: {@code application/pdf}, the DOCX type, or nothing. */
    public static Optional<String> detectType(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** A CV with a safe file name whose extension matches its real type. */
    public static CvFile of(String uploadedName, String detectedType, byte[] content) {
        String extension = PDF.equals(detectedType) ? ".pdf" : ".docx";
        String base = uploadedName == null ? "" : uploadedName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        if (base.isEmpty()) {
            base = "cv";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return new CvFile(base + extension, detectedType, content);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A DOCX is a ZIP with the Office content-type list and a main Word document. */
    private static boolean isWordDocument(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml");
    }
}
