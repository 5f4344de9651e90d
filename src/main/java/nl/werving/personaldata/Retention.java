package nl.werving.personaldata;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The retention terms in force: what the admin set on the privacy page, else the configured defaults. The purge, the
 * consent renewal, the privacy notice and every mail that states a term read them here, so they always agree.
 */
@ApplicationScoped
public class Retention {

    public static final int MAX_DAYS = 365;
    public static final int MAX_MONTHS = 24;
    /** The version of the configured defaults: an edit made on them creates the row, whose first version is 0. */
    public static final long DEFAULTS = -1;

    /**
     * The terms, with the version an edit must carry ({@link #DEFAULTS} while no admin has set them) and who set them
     * ({@code null} for the defaults).
     */
    public record Terms(int retentionDays, int talentPoolMonths, long version, Long changedBy, Instant changedAt) {
    }

    private final RetentionConfig config;

    public Retention(RetentionConfig config) {
        this.config = config;
    }

    @Transactional
    public Terms terms() {
        return RetentionPolicy.current()
                .map(policy -> new Terms(policy.retentionDays, policy.talentPoolMonths, policy.version, policy.changedBy, policy.changedAt))
                .orElseGet(() -> new Terms(config.retentionDays(), config.talentPoolMonths(), DEFAULTS, null, null));
    }

    /** Days after the end of a procedure before a rejected or withdrawn candidate's data is deleted. */
    public int retentionDays() {
        return terms().retentionDays();
    }

    /** Months a talent-pool consent keeps the data. */
    public int talentPoolMonths() {
        return terms().talentPoolMonths();
    }
}
