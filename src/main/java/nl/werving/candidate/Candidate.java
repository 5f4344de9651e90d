package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

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

    /** {@link DuplicateKeys#name}, kept in step by {@link #keys()}: to find likely duplicates through an index. */
    public String nameKey;

    /** {@link DuplicateKeys#mailbox}. */
    public String mailboxKey;

    /** {@link DuplicateKeys#phone}. */
    public String phoneKey;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void keys() {
        nameKey = DuplicateKeys.name(fullName);
        mailboxKey = DuplicateKeys.mailbox(email);
        phoneKey = DuplicateKeys.phone(phone);
    }

    /** The candidate locked for a change that must not run beside another one on it (a merge). */
    public static Optional<Candidate> lock(long id) {
        return Optional.ofNullable(getEntityManager().find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The candidate's name, without loading the candidate. */
    public static Optional<String> nameOf(long id) {
        return getEntityManager().createQuery("select c.fullName from Candidate c where c.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** A stand-in for the candidate with this id, to point rows at it without reading it. */
    public static Candidate reference(long id) {
        return getEntityManager().getReference(Candidate.class, id);
    }

    public static Optional<Candidate> findByEmailKey(String emailKey) {
        return find("emailKey", emailKey).firstResultOptional();
    }

    /** The candidates with these ids, in id order. */
    public static List<Candidate> listByIds(Collection<Long> ids) {
        return list("id in ?1", Sort.by("id"), ids);
    }

    /** Up to {@code limit} ids after {@code after}, in id order, of candidates created before {@code createdBefore}. */
    public static List<Long> idsAfter(long after, Instant createdBefore, int limit) {
        return getEntityManager()
                .createQuery("select c.id from Candidate c where c.id > :after and c.createdAt < :before order by c.id", Long.class)
                .setParameter("after", after).setParameter("before", createdBefore).setMaxResults(limit).getResultList();
    }

    /**
     * Deletes the candidates with one statement; the database's cascades take the aggregate along and cut the
     * applications loose.
     */
    public static long deleteByIds(List<Long> ids) {
        return delete("id in ?1", ids);
    }

    /** Up to {@code max} candidates whose name or e-mail address contains the text, ignoring case: for the search. */
    public static List<Long> idsWithNameOrEmailContaining(String text, int max) {
        return getEntityManager()
                .createQuery("select c.id from Candidate c where lower(c.fullName) like :text or c.emailKey like :text", Long.class)
                .setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%").setMaxResults(max).getResultList();
    }

    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Candidate#" + id;
    }
}
