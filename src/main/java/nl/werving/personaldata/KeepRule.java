package nl.werving.personaldata;

import java.util.Map;

/**
 * A reason to keep candidates from the purge, as a JPQL subquery over the candidate {@code c}: the purge takes a
 * candidate only when no part's subquery finds a row ({@code and not exists (…)}), so the rule stays one query over
 * all candidates.
 *
 * <p>The subquery may use the purge's own parameters {@link #ENDED} (procedures that ended before it are past the
 * retention term) and {@link #CONSENTED} (consents given after it still hold); its other parameters, with names of
 * their own, come with it.
 */
public record KeepRule(String exists, Map<String, Object> parameters) {

    public static final String ENDED = "ended";
    public static final String CONSENTED = "consented";
}
