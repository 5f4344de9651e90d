package nl.werving.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import org.hibernate.Timeouts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import nl.werving.personaldata.BlindIndex;
import nl.werving.personaldata.PlainRows;

/**
 * A mail as it will be (or was) sent. Stored in the same transaction as the action that causes it,
 * so a rollback takes the mail along and an SMTP outage loses nothing. A mail to a candidate carries
 * {@code candidateId}: it is part of the candidate's personal data and goes with the purge, and its address, subject,
 * bodies and calendar invitation are sealed under the candidate's key. A mail that belongs to no candidate (to the team, a
 * job alert) keeps them as plain UTF-8: there is no key to seal them under. Read and write them through {@link Outbox}.
 */
@Entity
public class OutboxMail extends PanacheEntity {

    public String kind;
    /** The address, sealed like the texts. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] recipient;
    /** Keyed hash of the address without case ({@link #keyOf}), to find the mails to an address. */
    public String recipientKey;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] subject;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] htmlBody;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] textBody;
    public Long candidateId;

    /** An iCalendar invitation sent along as {@code invite.ics} (sealed: it names the attendees), with its method (REQUEST or CANCEL). */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] calendar;
    public String calendarMethod;

    /** Where answers go, when not to the sender: a conversation's reply address. */
    public String replyTo;

    @Enumerated(EnumType.STRING)
    public MailStatus status;

    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant createdAt;
    public Instant sentAt;

    @Version
    public long version;

    /** Ids of mails whose (next) attempt is due, oldest first. */
    public static List<Long> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery(
                "select m.id from OutboxMail m where m.status = :status and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                Long.class)
                .setParameter("status", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The mail locked for sending, unless another instance holds it (then it is skipped, not waited
     * for) or it is no longer pending.
     */
    public static OutboxMail lockForSending(long id) {
        return find("id = ?1 and status = ?2", id, MailStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .firstResult();
    }

    public static List<OutboxMail> page(MailStatus status, int pageIndex, int size) {
        return find("status", Sort.by("createdAt").descending().and("id").descending(), status)
                .page(Page.of(pageIndex, size)).list();
    }

    public static Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class)
                .getResultList().forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    public static List<OutboxMail> listForCandidate(long candidateId) {
        return list("candidateId", Sort.by("createdAt"), candidateId);
    }

    /**
     * The candidate's mails locked for changing, for a merge: a mail the sender is sending is waited for, so the merge does
     * not write over the sender's change.
     */
    static List<OutboxMail> lockForCandidate(long candidateId) {
        return find("candidateId", Sort.by("id"), candidateId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Deletes the mails of one kind to one recipient that have not left, waiting or given up. Returns how many. */
    static long deleteUnsent(long candidateId, String recipient, String kind) {
        return delete("candidateId = ?1 and recipientKey = ?2 and kind = ?3 and status in ?4", candidateId, keyOf(recipient), kind,
                List.of(MailStatus.PENDING, MailStatus.FAILED));
    }

    /** Mails of these kinds to an address that belongs to no candidate (job alerts): they go when its consent ends. */
    static long deleteForRecipient(String recipient, List<String> kinds) {
        return delete("candidateId is null and recipientKey = ?1 and kind in ?2", keyOf(recipient), kinds);
    }

    /** The mails to this address (without regard to case), to query further. */
    public static PanacheQuery<OutboxMail> findTo(String address) {
        return find("recipientKey", keyOf(address));
    }

    /**
     * The mails whose address has no key yet (stored before V42 and not caught up), locked for writing it, in the order
     * the catch-up locks them.
     */
    static List<OutboxMail> listUnkeyed() {
        return find("recipientKey is null", Sort.by("id")).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** What {@link #recipientKey} holds for this address. */
    public static String keyOf(String address) {
        return Arc.container().instance(BlindIndex.class).get().exact("recipient", address.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Mails stored before their texts were sealed (V37 listed those of candidates): for {@link Outbox#sealBacklog}.
     * Seals up to {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("outbox_mail_plain", "mail_id", limit, seal);
    }
}
