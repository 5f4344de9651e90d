package nl.werving.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The failed logins of one account or one client address, under a keyed hash of either. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    public String throttleKey;

    public int failures;

    public Instant lastFailureAt;

    public Instant blockedUntil;

    public static Optional<LoginThrottle> findForUpdate(String key) {
        return Optional.ofNullable(findById(key, LockModeType.PESSIMISTIC_WRITE));
    }

    public static long deleteQuietSince(Instant before) {
        return delete("lastFailureAt < ?1 and (blockedUntil is null or blockedUntil < ?1)", before);
    }
}
