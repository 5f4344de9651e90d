package nl.werving.candidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A CV as uploaded, accepted only when its content is a PDF or a Word document (DOCX) of at most
 * 5 MB. The file name and the browser's content type are not trusted: an .exe renamed to .pdf is not a PDF.
 * A DOCX is judged by its ZIP directory alone, never by inflating it, so a ZIP bomb costs no more than a real CV.
 */
public record CvFile(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    /*
     * What a Word document may declare. Entries and ratio follow the thresholds Apache POI applies to every Office file
     * it opens: at most 1,000 entries, and no entry past 100 KB that expands more than 100 times (XML compresses 5 to 20
     * times, images hardly at all). A 5 MB CV expands to a few tens of MB at most, hence 50 MB an entry and 100 MB in all;
     * a bomb declares gigabytes, or a ratio near deflate's maximum of 1,032.
     */
    static final int MAX_ENTRIES = 1000;
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100 * 1024;
    private static final int MAX_NAME = 100;

    /** The uploaded file as a CV, or nothing when it is too large or its content is not a PDF or DOCX. */
    public static Optional<CvFile> read(FileUpload upload) {
        if (upload.size() > MAX_BYTES) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return detectType(content).map(type -> of(upload.fileName(), type, content));
    }

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

    /**
     * A CV with a safe file name of at most 100 characters before an extension that matches its real type. The
     * uploaded name may be thousands of characters long; everything here is one pass over it.
     */
    public static CvFile of(String uploadedName, String detectedType, byte[] content) {
        String extension = PDF.equals(detectedType) ? ".pdf" : ".docx";
        String base = uploadedName == null ? "" : uploadedName;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        if (base.length() > MAX_NAME) {
            base = base.substring(0, Character.isHighSurrogate(base.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME).strip();
        }
        if (base.isEmpty()) {
            base = "cv";
        }
        return new CvFile(base + extension, detectedType, content);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A DOCX is a ZIP with the Office content-type list and a main Word document, whose directory adds up and declares
     * no more than a document needs.
     */
    private static boolean isWordDocument(byte[] content) {
        Optional<List<ZipDirectory.Entry>> entries = ZipDirectory.read(content, MAX_ENTRIES);
        if (entries.isEmpty()) {
            return false;
        }
        long total = 0;
        for (ZipDirectory.Entry entry : entries.get()) {
            total += entry.size();
            boolean tooLarge = entry.size() > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES;
            boolean expandsTooMuch = entry.size() > RATIO_GRACE_BYTES && entry.size() > entry.compressedSize() * MAX_RATIO;
            if (tooLarge || expandsTooMuch) {
                return false;
            }
        }
        List<String> names = entries.get().stream().map(ZipDirectory.Entry::name).toList();
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml");
    }
}
