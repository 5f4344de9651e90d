package nl.werving.careers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One POST of the apply form, under a keyed hash of the client's address. */
@Entity
@Table(name = "apply_attempt")
public class ApplyAttempt extends PanacheEntity {

    public String clientKey;

    public Instant attemptedAt;

    static void record(String clientKey, Instant at) {
        ApplyAttempt attempt = new ApplyAttempt();
        attempt.clientKey = clientKey;
        attempt.attemptedAt = at;
        attempt.persist();
    }

    static long countSince(String clientKey, Instant since) {
        // A query of its own rather than Panache's count, whose count query Hibernate translates anew on every call.
        return getEntityManager()
                .createQuery("select count(a) from ApplyAttempt a where a.clientKey = :key and a.attemptedAt > :since", Long.class)
                .setParameter("key", clientKey).setParameter("since", since).getSingleResult();
    }

    static long deleteBefore(Instant before) {
        return delete("attemptedAt <= ?1", before);
    }
}
