package nl.werving.support;

/** Texts as people type them, for limits counted in characters while forms carry bytes. */
public final class TestTexts {

    private static final String ACCENTED = "éèëêàäçñöüœĳ€ŉ";

    private TestTexts() {
    }

    /**
     * Exactly {@code length} characters, none of them ASCII: two or three bytes each in UTF-8, six or nine once
     * URL-encoded.
     */
    public static String accented(int length) {
        return ACCENTED.repeat(length / ACCENTED.length() + 1).substring(0, length);
    }
}
