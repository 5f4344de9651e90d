package nl.werving.support;

import java.security.SecureRandom;

/** Texts as people type them, for limits counted in characters while forms carry bytes, and random ones to be unique. */
public final class TestTexts {

    private static final String ACCENTED = "éèëêàäçñöüœĳ€ŉ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestTexts() {
    }

    /**
     * Exactly {@code length} characters, none of them ASCII: two or three bytes each in UTF-8, six or nine once
     * URL-encoded.
     */
    public static String accented(int length) {
        return ACCENTED.repeat(length / ACCENTED.length() + 1).substring(0, length);
    }

    /** {@code length} random lowercase letters, for a word no other test's data holds. */
    public static String randomLetters(int length) {
        return random(length, 'a', 'z');
    }

    /** {@code length} random digits. */
    public static String randomDigits(int length) {
        return random(length, '0', '9');
    }

    private static String random(int length, char first, char last) {
        return RANDOM.ints(length, first, last + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
