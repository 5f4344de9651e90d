package nl.werving.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.nulabinc.zxcvbn.Zxcvbn;

import nl.werving.web.WervingConfig;

/**
 * What a new or changed password must be: 12 to 128 characters, and not guessable. Guessable is judged
 * by zxcvbn, with its lists of the most common passwords, names and English words, keyboard walks,
 * repeats, sequences and dates; we add the Dutch and Flemish words people put in passwords
 * ({@code identity/password-words.txt}). A password that falls within 10^8 guesses is refused: a stolen
 * hash file would give it up in hours. So is one that contains the company's name or the user's own
 * names (any part of four letters or more), the first words an attacker tries.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3 means at least 10^8 guesses. */
    static final int MIN_SCORE = 3;

    public enum Problem {
        TOO_SHORT, TOO_LONG, GUESSABLE
    }

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final List<String> commonWords;
    private final String companyName;

    public PasswordPolicy(WervingConfig config) {
        this.commonWords = readWords();
        this.companyName = config.companyName();
    }

    /** The problem with this password for a user with these names, if any. */
    public Optional<Problem> check(String password, String... ownWords) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(commonWords);
        for (String words : Stream.concat(Stream.of(companyName), Arrays.stream(ownWords)).filter(Objects::nonNull).toList()) {
            for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && lowerPassword.contains(word)) {
                    return Optional.of(Problem.GUESSABLE);
                }
                known.add(word);
            }
        }
        return zxcvbn.measure(password, known).getScore() < MIN_SCORE ? Optional.of(Problem.GUESSABLE) : Optional.empty();
    }

    private static List<String> readWords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/password-words.txt")) {
            return new String(Objects.requireNonNull(in, "identity/password-words.txt").readAllBytes(), StandardCharsets.UTF_8)
                    .lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("identity/password-words.txt cannot be read", e);
        }
    }
}
