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

    /**
     * The attempts since then, counted up to {@code atMost}: a flood from one address costs each of its requests no more
     * than that. A query of its own rather than Panache's count, whose count query Hibernate translates anew on every call.
     */
    static long countSince(String clientKey, Instant since, int atMost) {
        return getEntityManager().createQuery("""
                select count(*) from (
                    select a.id as id from ApplyAttempt a where a.clientKey = :key and a.attemptedAt > :since
                    order by a.attemptedAt limit :atMost)
                """, Long.class)
                .setParameter("key", clientKey).setParameter("since", since).setParameter("atMost", atMost).getSingleResult();
    }

    static long deleteBefore(Instant before) {
        return delete("attemptedAt <= ?1", before);
    }
}
