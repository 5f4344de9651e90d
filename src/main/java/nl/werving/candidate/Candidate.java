package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.PlainRows;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who applied. This entity and everything that points to it (documents, motivations,
 * consents, tokens, mails) is the candidate aggregate: all the personal data Werving holds, and all
 * of it goes when the candidate is purged. Never log it; {@link #toString()} shows only the id.
 */
@Entity
public class Candidate extends PanacheEntity {

    /** The name as typed, sealed under the candidate's key; read and written through {@link CandidateContacts}. */
    @Column(name = "full_name")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] sealedName;

    /** The e-mail address as typed, for mails; sealed. */
    @Column(name = "email")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] sealedEmail;

    /** Sealed; {@code null} when not given. */
    @Column(name = "phone")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] sealedPhone;

    /** Keyed hash of the normalised e-mail address ({@link #emailKey(String)}), for matching a second application to the same person. */
    public String emailKey;

    /** Keyed hash of {@link DuplicateKeys#mailbox}: to find likely duplicates through an index. */
    public String mailboxKey;

    /** Keyed hash of {@link DuplicateKeys#phone}. */
    public String phoneKey;

    /** Keyed hash of the {@link DuplicateKeys#name name} with the mailbox's {@link DuplicateKeys#user user name}. */
    public String nameUserKey;

    /** Tokens of the starts of the words of name and e-mail address, for the search ({@link SearchWords}). */
    public String searchWords;

    /** Language the candidate used on the careers site, for the mails Werving sends them. */
    public String locale;

    public Instant createdAt;

    @Version
    public long version;

    /** The plain details, opened on first use ({@link #fullName()}) or set by {@link CandidateContacts#write}. */
    @Transient
    CandidateContacts.Contact contact;

    /** The name in plain text, opened with the candidate's key on first use (see {@link CandidateContacts}). */
    public String fullName() {
        return contact().name();
    }

    /** The e-mail address in plain text, as typed. */
    public String email() {
        return contact().email();
    }

    /** The language the candidate applied in, as the locale of the mails and pages Werving writes them. */
    public Locale preferredLocale() {
        return Locale.forLanguageTag(locale);
    }

    /**
     * Whether the name or the e-mail address has a word starting with each word of the search text: what the search's
     * tokens stand for, confirmed on the opened details (a token is shared by other words, see {@link CandidateContacts}).
     */
    public boolean isFoundBy(String text) {
        return SearchWords.starts(fullName(), email()).containsAll(SearchWords.asked(text));
    }

    /** The phone number in plain text; {@code null} when not given. */
    public String phone() {
        return contact().phone();
    }

    /** The candidate behind an e-mail address, matched on its normalised form. */
    public static Optional<Candidate> findByEmail(String email) {
        // A row from before V41 keeps the address itself as its key until the catch-up hashes it: matched too, so the
        // person gets no second row whose hash the catch-up would then clash with. Two parameters, not a list: Hibernate
        // translates a query with a list parameter again on every run, here once per application.
        return find("emailKey = ?1 or emailKey = ?2", emailKey(email), normalisedEmail(email)).firstResultOptional();
    }

    /** Whether the search text holds a word long enough to look up; one letter alone finds nobody. */
    public static boolean asksForAWord(String text) {
        return !SearchWords.asked(text).isEmpty();
    }

    /** See {@link CandidateContacts#wordSearch}. */
    public static Optional<CandidateContacts.WordSearch> wordSearch(String text, String alias) {
        return contacts().wordSearch(text, alias);
    }

    /** Up to {@code max} ids of candidates the search text finds, in no order (see {@link CandidateContacts#wordSearch}). */
    public static List<Long> idsMatching(String text, int max) {
        return contacts().idsMatching(text, max);
    }

    /** Of these candidates, found by the search text's tokens, the ones it really finds (see {@link CandidateContacts#confirmed}). */
    public static List<Long> confirmedMatches(List<Long> ids, String text) {
        return contacts().confirmed(ids, text);
    }

    /** The names of these candidates by id, with one query and one key query (see {@link CandidateContacts#names}). */
    public static Map<Long, String> namesOf(Collection<Long> ids) {
        return contacts().names(ids);
    }

    /** The hash {@link #emailKey} holds for this address. */
    public static String emailKey(String email) {
        return contacts().emailKey(email);
    }

    /** The hash {@link #phoneKey} holds for this number; {@code null} when it is no phone number to compare. */
    public static String phoneKey(String phone) {
        return contacts().phoneKey(phone);
    }

    private static CandidateContacts contacts() {
        return Arc.container().instance(CandidateContacts.class).get();
    }

    /** Opens the contact details of these loaded candidates with one key query, for a page that lists them. */
    public static void openAll(Collection<Candidate> candidates) {
        contacts().open(candidates);
    }

    private CandidateContacts.Contact contact() {
        if (contact == null) {
            // Templates read a candidate's name after the service's transaction ended: the contacts bean opens it then.
            contact = contacts().open(this);
        }
        return contact;
    }

    /** The candidate locked for a change that must not run beside another one on it (a merge). */
    public static Optional<Candidate> lock(long id) {
        return Optional.ofNullable(getEntityManager().find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A stand-in for the candidate with this id, to point rows at it without reading it. */
    public static Candidate reference(long id) {
        return getEntityManager().getReference(Candidate.class, id);
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

    /** Seals up to {@code limit} candidates V41 listed (see {@link PlainRows#sealListed}). */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("candidate_plain", "candidate_id", limit, seal);
    }

    /**
     * Up to {@code max} ids of candidates {@code c} meeting the condition, in no order. Ordered by id, with the limit a
     * bound parameter, PostgreSQL's plan for the statement prepared on a pooled connection walks the candidates in id order
     * and tests every one, where it should ask the index for the few that match (110 ms instead of 3 over 100,000).
     */
    static List<Long> idsWhere(String condition, int max) {
        return getEntityManager().createQuery("select c.id from Candidate c where " + condition, Long.class)
                .setMaxResults(max).getResultList();
    }

    /** Those of these ids that no candidate has (any more). */
    static Set<Long> missing(Collection<Long> ids) {
        Set<Long> missing = new HashSet<>(ids);
        getEntityManager().createQuery("select c.id from Candidate c where c.id in :ids", Long.class).setParameter("ids", ids)
                .getResultList().forEach(missing::remove);
        return missing;
    }

    /** Whether any of the contact details is sealed, i.e. needs the candidate's key to be read. */
    boolean isSealed() {
        return CandidateKeys.isSealed(sealedName) || CandidateKeys.isSealed(sealedEmail) || CandidateKeys.isSealed(sealedPhone);
    }

    /** The sealed names of these candidates, as rows of id and name. */
    static List<Object[]> listSealedNames(Collection<Long> ids) {
        return getEntityManager().createQuery("select c.id, c.sealedName from Candidate c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
    }

    /** The e-mail address as {@link #emailKey} hashes it: without case and surrounding spaces. */
    public static String normalisedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Candidate#" + id;
    }
}
