package nl.werving.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.identity.Roles;

/**
 * The only way Werving sends mail: features write a rendered mail here inside their own transaction;
 * {@link OutboxSender} delivers it later, with retries.
 */
@ApplicationScoped
public class Outbox {

    /**
     * A rendered mail; {@code candidateId} when it is about a candidate (it then goes with the purge). A calendar
     * invitation carries its iCalendar text and method (REQUEST or CANCEL). {@code replyTo}, when set, is where answers
     * go instead of the sender's address (a conversation's address from {@code inbox.Conversations}).
     */
    public record Mail(String kind, String to, String subject, String html, String text, Long candidateId, String calendar,
            String calendarMethod, String replyTo) {

        public Mail(String kind, String to, String subject, String html, String text, Long candidateId) {
            this(kind, to, subject, html, text, candidateId, null, null, null);
        }

        public Mail(String kind, String to, String subject, String html, String text, Long candidateId, String calendar,
                String calendarMethod) {
            this(kind, to, subject, html, text, candidateId, calendar, calendarMethod, null);
        }

        /** The same mail with answers going to {@code address} ({@code null}: to the sender). */
        public Mail withReplyTo(String address) {
            return new Mail(kind, to, subject, html, text, candidateId, calendar, calendarMethod, address);
        }
    }

    private final Clock clock;
    private final MailConfig config;

    public Outbox(Clock clock, MailConfig config) {
        this.clock = clock;
        this.config = config;
    }

    @Transactional(TxType.MANDATORY)
    public OutboxMail enqueue(Mail mail) {
        return enqueue(mail, Instant.now(clock));
    }

    /** A mail that waits until {@code sendAt}, e.g. a rejection sent the next morning rather than at once. */
    @Transactional(TxType.MANDATORY)
    public OutboxMail enqueue(Mail mail, Instant sendAt) {
        OutboxMail stored = new OutboxMail();
        stored.kind = mail.kind();
        stored.recipient = mail.to();
        stored.subject = mail.subject();
        stored.htmlBody = mail.html();
        stored.textBody = mail.text();
        stored.candidateId = mail.candidateId();
        stored.calendar = mail.calendar();
        stored.calendarMethod = mail.calendarMethod();
        stored.replyTo = mail.replyTo();
        stored.status = MailStatus.PENDING;
        stored.createdAt = Instant.now(clock);
        stored.nextAttemptAt = sendAt;
        stored.persist();
        return stored;
    }

    /**
     * Calls off the mails of one kind to one recipient that have not left (waiting or given up), when what they ask for no longer
     * holds (a referee whose consent was withdrawn). Returns how many.
     */
    @Transactional(TxType.MANDATORY)
    public long callOff(long candidateId, String recipient, String kind) {
        // Failed ones too, so nobody can send them again by hand.
        return OutboxMail.deleteUnsent(candidateId, recipient, kind);
    }

    /**
     * Calls off one mail if it has not left yet (waiting or given up): true when it is gone or was never there, false
     * when it was sent already.
     */
    @Transactional(TxType.MANDATORY)
    public boolean callOff(long mailId) {
        OutboxMail mail = OutboxMail.findById(mailId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            return true;
        }
        if (mail.status == MailStatus.SENT) {
            return false;
        }
        mail.delete();
        return true;
    }

    /** Records a failed attempt: retried later with a growing delay, or given up after the last attempt. */
    void attemptFailed(OutboxMail mail, Exception error) {
        mail.attempts++;
        mail.lastError = describe(error);
        if (mail.attempts >= config.maxAttempts()) {
            mail.status = MailStatus.FAILED;
        } else {
            mail.nextAttemptAt = Instant.now(clock).plus(retryDelay(mail.attempts));
        }
    }

    void sent(OutboxMail mail) {
        mail.attempts++;
        mail.status = MailStatus.SENT;
        mail.sentAt = Instant.now(clock);
        mail.lastError = null;
    }

    Duration retryDelay(int attempts) {
        Duration delay = config.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<OutboxMail> list(MailStatus status, int pageIndex, int size) {
        return OutboxMail.page(status, pageIndex, size);
    }

    @RolesAllowed(Roles.ADMIN)
    public Map<MailStatus, Long> countByStatus() {
        return OutboxMail.countByStatus();
    }

    @RolesAllowed(Roles.ADMIN)
    public OutboxMail get(long id) {
        return OutboxMail.<OutboxMail> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /** An admin sends a failed mail again, after fixing what made it fail. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public OutboxMail retry(long id) {
        OutboxMail mail = get(id);
        if (mail.status == MailStatus.FAILED) {
            mail.status = MailStatus.PENDING;
            mail.attempts = 0;
            mail.nextAttemptAt = Instant.now(clock);
        }
        return mail;
    }

    /** The error as admins need it; never more than fits the column. */
    private static String describe(Exception error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
