package nl.werving.candidate;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A person who applied. This entity and everything that points to it (documents, motivations,
 * consents, tokens, mails) is the candidate aggregate: all the personal data Werving holds, and all
 * of it goes when the candidate is purged. Never log it; {@link #toString()} shows only the id.
 */
@Entity
public class Candidate extends PanacheEntity {

    public String fullName;

    /** As typed, for mails. */
    public String email;

    /** Normalised, for matching a second application to the same person. */
    public String emailKey;

    public String phone;

    /** Language the candidate used on the careers site, for the mails Werving sends them. */
    public String locale;

    public Instant createdAt;

    @Version
    public long version;

    public static Optional<Candidate> findByEmailKey(String emailKey) {
        return find("emailKey", emailKey).firstResultOptional();
    }

    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Candidate#" + id;
    }
}
