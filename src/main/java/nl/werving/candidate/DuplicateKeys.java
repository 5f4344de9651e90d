package nl.werving.candidate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two candidate rows likely the same person, each reduced to a form that compares with {@code =} and so
 * can be looked up through an index: the name without case, accents and punctuation; the mailbox behind an e-mail
 * address (without a {@code +label}, and for Gmail without dots, which that provider ignores); the digits of
 * a phone number without country code and trunk prefix (the Netherlands and Belgium), so {@code 06 12 34 56 78},
 * {@code +31 (0)6 12345678} and {@code 0031612345678} are one number, and so are {@code 02 123 45 67} and {@code +32 2 123 45 67}.
 */
public final class DuplicateKeys {

    /** A number in the Netherlands or Belgium without country code is at most ten digits, the leading 0 included. */
    static final int NATIONAL_DIGITS = 10;

    /** Fewer digits than a Belgian landline without its 0 is no phone number to compare. */
    static final int MIN_DIGITS = 8;

    private DuplicateKeys() {
    }

    public static String name(String fullName) {
        if (fullName == null) {
            return null;
        }
        String plain = Normalizer.normalize(fullName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }

    public static String mailbox(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return null;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int label = local.indexOf('+');
        if (label > 0) {
            local = local.substring(0, label);
        }
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (domain.equals("gmail.com")) {
            local = local.replace(".", "");
        }
        return local + "@" + domain;
    }

    /** The part of a {@link #mailbox(String) mailbox} before the {@code @}, with the {@code @}: the user name. */
    public static String user(String mailbox) {
        return mailbox == null ? null : mailbox.substring(0, mailbox.lastIndexOf('@') + 1);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        boolean international = phone.strip().startsWith("+") || digits.startsWith("00");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if ((international || digits.length() > NATIONAL_DIGITS) && (digits.startsWith("31") || digits.startsWith("32"))) {
            digits = digits.substring(2);
        }
        // The trunk prefix: 06…, and the (0) some write after the country code.
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() < MIN_DIGITS ? null : digits;
    }
}
