package nl.werving.candidate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the candidate search matches, now that names and e-mail addresses are sealed: the start of a word. A recruiter
 * types {@code vries}, {@code jan de}, {@code devries@exa}; each word typed must start a word of the name or the e-mail
 * address (split at dots, {@code @} and other punctuation), without case or accents. The starts are stored as tokens
 * of the {@link nl.werving.personaldata.BlindIndex}.
 */
final class SearchWords {

    /** A one-letter start would match almost everyone; it is not stored, and a search for one letter finds nothing. */
    static final int SHORTEST = 2;

    /** Longer words are stored and looked up by their first this many letters. */
    static final int LONGEST = 16;

    /** More starts than this (a very long name) are not stored; the column holds them all well within its size. */
    static final int MOST = 250;

    private SearchWords() {
    }

    /** Every start of {@link #SHORTEST} to {@link #LONGEST} letters of each word of the name and the e-mail address. */
    static Set<String> starts(String name, String email) {
        Set<String> starts = new LinkedHashSet<>();
        for (String word : words(name + " " + email)) {
            for (int length = SHORTEST; length <= Math.min(word.length(), LONGEST) && starts.size() < MOST; length++) {
                starts.add(word.substring(0, length));
            }
        }
        return starts;
    }

    /** The starts a search text asks for: each word of it, cut to {@link #LONGEST}; empty when no word is long enough. */
    static List<String> asked(String text) {
        return words(text).stream().filter(word -> word.length() >= SHORTEST)
                .map(word -> word.length() > LONGEST ? word.substring(0, LONGEST) : word).distinct().toList();
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }
}
