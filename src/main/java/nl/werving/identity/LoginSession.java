package nl.werving.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A login as the server knows it: the browser holds the token, this row its SHA-256. */
@Entity
@Table(name = "login_session")
public class LoginSession extends PanacheEntity {

    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    public Instant createdAt;

    public Instant lastSeenAt;

    public static Optional<LoginSession> findWithUser(String tokenHash) {
        return find("from LoginSession s join fetch s.user where s.tokenHash = ?1", tokenHash).firstResultOptional();
    }

    public static long deleteOfUser(long userId, long exceptId) {
        return delete("user.id = ?1 and id <> ?2", userId, exceptId);
    }

    public static long deleteExpired(Instant idleSince, Instant createdBefore) {
        return delete("lastSeenAt < ?1 or createdAt < ?2", idleSince, createdBefore);
    }
}
