package nl.werving.candidate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two candidate rows likely the same person, each reduced to a form that compares with {@code =} and so
 * can be looked up through an index: the name without case, accents and punctuation; the mailbox behind an e-mail
 * address (without a {@code +label}, and for Gmail without dots, which that provider ignores); the last nine digits of
 * a phone number, so {@code 06 12 34 56 78}, {@code +31 6 12345678} and {@code 0031612345678} are one number.
 */
public final class DuplicateKeys {

    /** Nine digits: the subscriber number in the Netherlands and for Belgian mobiles, without country or trunk prefix. */
    static final int PHONE_DIGITS = 9;

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
        if (digits.length() < PHONE_DIGITS - 1) {
            return null;
        }
        return digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits;
    }
}
