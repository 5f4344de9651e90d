package nl.werving.privacy;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.WervingConfig;

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

    private final WervingConfig config;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public Retention(WervingConfig config, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.config = config;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Terms terms() {
        RetentionPolicy policy = RetentionPolicy.findById(RetentionPolicy.ID);
        return policy == null
                ? new Terms(config.privacy().retentionDays(), config.privacy().talentPoolMonths(), DEFAULTS, null, null)
                : new Terms(policy.retentionDays, policy.talentPoolMonths, policy.version, policy.changedBy, policy.changedAt);
    }

    /** Days after the end of a procedure before a rejected or withdrawn candidate's data is deleted. */
    public int retentionDays() {
        return terms().retentionDays();
    }

    /** Months a talent-pool consent keeps the data. */
    public int talentPoolMonths() {
        return terms().talentPoolMonths();
    }

    /** New terms from the admin; refused as a conflict when someone changed them since {@code version} was read. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void change(int retentionDays, int talentPoolMonths, Long version) {
        RetentionPolicy policy = RetentionPolicy.findById(RetentionPolicy.ID);
        if (policy == null) {
            ConcurrentEdits.requireVersion(DEFAULTS, version);
            policy = new RetentionPolicy();
            policy.id = RetentionPolicy.ID;
        } else {
            ConcurrentEdits.requireVersion(policy.version, version);
        }
        policy.retentionDays = retentionDays;
        policy.talentPoolMonths = talentPoolMonths;
        policy.changedBy = currentUser.getId();
        policy.changedAt = Instant.now(clock);
        policy.persist();
        audit.record(AuditAction.RETENTION_CHANGED, AuditLog.RETENTION, RetentionPolicy.ID);
    }
}
