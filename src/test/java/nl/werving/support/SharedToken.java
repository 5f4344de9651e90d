package nl.werving.support;

import java.util.HashMap;
import java.util.Map;

import nl.werving.personaldata.BlindIndex;

/**
 * Two different words of six letters with the same search token: a candidate named with one is found by the other through
 * the tokens alone. The tokens are 24 bits, so a few thousand random words hold such a pair.
 */
public record SharedToken(String named, String searched) {

    public static SharedToken find(BlindIndex index) {
        Map<String, String> wordsByToken = new HashMap<>();
        while (true) {
            String word = TestTexts.randomLetters(6);
            String earlier = wordsByToken.putIfAbsent(index.token(word), word);
            if (earlier != null && !earlier.equals(word)) {
                return new SharedToken(earlier, word);
            }
        }
    }
}
