package nl.werving.personaldata;

import java.util.List;
import java.util.Optional;

/**
 * The part of a candidate's personal data one feature holds. Every feature that stores something about a candidate
 * implements it in one {@code @ApplicationScoped} bean; the export, the erasure and the purge find the parts through
 * CDI, so a feature that adds personal data adds it here, beside its own entities, and nowhere else.
 *
 * <p>Every method runs inside the caller's transaction: an export reads one consistent state, and a purge batch or an
 * erasure deletes a candidate whole or not at all.
 */
public interface PrivacyPart {

    /** What this feature holds about the candidate, for the copy they may ask for (GDPR art. 15 and 20). */
    PersonalData export(long candidateId);

    /**
     * Why this feature still needs some candidates, as a condition the purge puts into its query: it takes nobody for
     * whom {@link KeepRule#exists()} finds a row. Empty when the feature never keeps a candidate.
     */
    default Optional<KeepRule> keeps() {
        return Optional.empty();
    }

    /**
     * Two candidate rows turned out to be one person: points every row this feature keeps about {@code duplicateId} at
     * {@code keptId}, so nothing stays behind when the duplicate row is deleted. Both candidates are locked, and the
     * caller deletes the duplicate right after, in the same transaction; throw a {@code RuleViolation} to refuse the
     * merge. No default: a feature that holds personal data must say where it goes.
     */
    void merge(long duplicateId, long keptId);

    /** The candidate asked to be erased at once: end whatever still runs for them, before their data goes. */
    default void beforeErasure(long candidateId) {
    }

    /**
     * The candidates are about to be deleted, by the purge or an erasure. The database's cascades delete what hangs on
     * the candidate row; this is for what they cannot reach.
     */
    default void beforeDelete(List<Long> candidateIds) {
    }

    /** Nightly, before the purge: forgets links that no longer open anything. Returns how many. */
    default long forgetDeadLinks() {
        return 0;
    }
}
