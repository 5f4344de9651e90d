package nl.werving.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.mail.MailStatus;

/**
 * A message a user sent a candidate: who sent it, about which application, with which template. Its subject and text
 * are those of its outbox mail and nowhere else; the row belongs to the candidate aggregate and goes with the purge.
 */
@Entity
public class CandidateMessage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long applicationId;

    public long outboxMailId;

    public Long templateId;

    public long senderId;

    public Instant createdAt;

    /** A sent message with its mail's subject and text as stored: sealed under the key of the mail's candidate. */
    public record Stored(long id, long mailId, Long applicationId, String vacancyTitle, String senderName, Long mailCandidateId,
            byte[] subject, byte[] text, MailStatus status, Instant createdAt, Instant sentAt) {

        SentMessage opened(String openedSubject, String openedText) {
            return new SentMessage(id, mailId, applicationId, vacancyTitle, senderName, openedSubject, openedText, status, createdAt,
                    sentAt);
        }
    }

    /**
     * The messages sent to the candidate, oldest first, with their mail's subject, text and status and the sender's name;
     * {@link Messaging#sentTo} opens them.
     */
    static List<Stored> listSent(long candidateId) {
        return getEntityManager().createQuery("""
                select new nl.werving.messaging.CandidateMessage$Stored(m.id, m.outboxMailId, m.applicationId, v.title, u.displayName,
                    o.candidateId, o.subject, o.textBody, o.status, m.createdAt, o.sentAt)
                from CandidateMessage m join OutboxMail o on o.id = m.outboxMailId join AppUser u on u.id = m.senderId
                    left join Application a on a.id = m.applicationId left join a.vacancy v
                where m.candidate.id = :candidate
                order by m.createdAt, m.id
                """, Stored.class).setParameter("candidate", candidateId).getResultList();
    }

    /** Moves the messages of one candidate onto another, when two records turn out to be one person. */
    public static long moveToCandidate(long fromCandidateId, long toCandidateId) {
        return update("candidate.id = ?1 where candidate.id = ?2", toCandidateId, fromCandidateId);
    }

    /** The recipients behind these applications of a vacancy, erased candidates included (with no candidate). */
    public static List<Recipient> listRecipients(long vacancyId, Collection<Long> applicationIds) {
        return opened(getEntityManager().createQuery(Recipient.SELECT + " where a.vacancy.id = :vacancy and a.id in :ids order by a.id",
                Recipient.class).setParameter("vacancy", vacancyId).setParameter("ids", applicationIds).getResultList());
    }

    /** The candidate's applications as recipients, newest first. */
    public static List<Recipient> listRecipientsOfCandidate(long candidateId) {
        return opened(getEntityManager().createQuery(Recipient.SELECT + " where c.id = :candidate order by a.appliedAt desc, a.id desc",
                Recipient.class).setParameter("candidate", candidateId).getResultList());
    }

    /** The recipients with their candidates' details opened, with one key query. */
    private static List<Recipient> opened(List<Recipient> recipients) {
        Candidate.openAll(recipients.stream().map(Recipient::candidate).filter(Objects::nonNull).toList());
        return recipients;
    }
}
