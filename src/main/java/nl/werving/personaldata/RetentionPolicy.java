package nl.werving.personaldata;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The retention terms an admin set: one row, {@link #ID}; without it the configured defaults apply. */
@Entity
public class RetentionPolicy extends PanacheEntityBase {

    public static final long ID = 1;

    @Id
    public Long id;

    @Version
    public long version;

    public int retentionDays;
    public int talentPoolMonths;
    public Long changedBy;
    public Instant changedAt;

    /** The terms the admin set, if any. */
    public static Optional<RetentionPolicy> current() {
        return findByIdOptional(ID);
    }
}
