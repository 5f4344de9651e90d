package nl.werving.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.identity.Roles;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;

/**
 * The only way Werving sends mail: features write a rendered mail here inside their own transaction;
 * {@link OutboxSender} delivers it later, with retries. The address, subject, bodies and calendar invitation of a mail
 * that belongs to a candidate are stored sealed under the candidate's key, and opened here for whoever reads them (the
 * sender, the pages, the export).
 */
@ApplicationScoped
public class Outbox implements SealingBacklog {

    /** An e-mail address inside an error text, as an SMTP server quotes it. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@]+@[^\\s<>\"'(),;:]+");

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

    /** A stored mail with its subject and text as written, for the pages and the candidate's copy of their data. */
    public record Opened(OutboxMail mail, String to, String subject, String text) {
    }

    private final Clock clock;
    private final MailConfig config;
    private final CandidateKeys keys;

    public Outbox(Clock clock, MailConfig config, CandidateKeys keys) {
        this.clock = clock;
        this.config = config;
        this.keys = keys;
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
        stored.recipient = seal(mail.candidateId(), mail.to());
        stored.recipientKey = OutboxMail.keyOf(mail.to());
        stored.subject = seal(mail.candidateId(), mail.subject());
        stored.htmlBody = seal(mail.candidateId(), mail.html());
        stored.textBody = seal(mail.candidateId(), mail.text());
        stored.candidateId = mail.candidateId();
        stored.calendar = seal(mail.candidateId(), mail.calendar());
        stored.calendarMethod = mail.calendarMethod();
        stored.replyTo = mail.replyTo();
        stored.status = MailStatus.PENDING;
        stored.createdAt = Instant.now(clock);
        stored.nextAttemptAt = sendAt;
        stored.persist();
        return stored;
    }

    /** The mail as it was enqueued, its texts opened. */
    @Transactional(TxType.MANDATORY)
    public Mail open(OutboxMail stored) {
        List<byte[]> sealed = Arrays.asList(stored.recipient, stored.subject, stored.htmlBody, stored.textBody, stored.calendar);
        List<String> texts = stored.candidateId == null ? sealed.stream().map(Outbox::plain).toList()
                : keys.decryptTexts(stored.candidateId, sealed);
        return new Mail(stored.kind, texts.get(0), texts.get(1), texts.get(2), texts.get(3), stored.candidateId, texts.get(4),
                stored.calendarMethod, stored.replyTo);
    }

    /** The mails about the candidate, oldest first, opened with one key unwrap. */
    @Transactional(TxType.MANDATORY)
    public List<Opened> forCandidate(long candidateId) {
        List<OutboxMail> mails = OutboxMail.listForCandidate(candidateId);
        CandidateKeys.Opener opener = keys.opener(List.of(candidateId));
        return mails.stream().map(m -> new Opened(m, open(opener, m.candidateId, m.recipient), open(opener, m.candidateId, m.subject),
                open(opener, m.candidateId, m.textBody))).toList();
    }

    /**
     * A text of a mail as {@link #enqueue} stored it, for pages that list mails of many candidates: sealed under the
     * candidate's key ({@code opener} holds the keys of the candidates on the page), or plain when it belongs to no candidate.
     */
    public static String open(CandidateKeys.Opener opener, Long candidateId, byte[] stored) {
        return candidateId == null ? plain(stored) : opener.text(candidateId, stored);
    }

    /**
     * Gives the duplicate's mails to the candidate kept, sealed again under the kept candidate's key: the duplicate's key
     * goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    public void moveToCandidate(long duplicateId, long keptId) {
        for (OutboxMail mail : OutboxMail.lockForCandidate(duplicateId)) {
            mail.recipient = keys.reseal(duplicateId, keptId, mail.recipient);
            mail.subject = keys.reseal(duplicateId, keptId, mail.subject);
            mail.htmlBody = keys.reseal(duplicateId, keptId, mail.htmlBody);
            mail.textBody = keys.reseal(duplicateId, keptId, mail.textBody);
            mail.calendar = keys.reseal(duplicateId, keptId, mail.calendar);
            mail.candidateId = keptId;
        }
        // Written now, before the merge deletes the duplicate and its rows with it.
        OutboxMail.flush();
    }

    /**
     * Encrypts the texts of up to {@code limit} mails of candidates stored before they were sealed (V37 listed them and
     * kept their texts as UTF-8). Returns how many.
     */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        return OutboxMail.sealListed(limit, id -> {
            // Locked: the sender skips it meanwhile rather than both writing the row.
            OutboxMail mail = OutboxMail.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (mail == null) {
                return; // gone since it was listed
            }
            if (mail.recipientKey == null) {
                keyRecipient(mail);
            }
            if (mail.candidateId != null) {
                mail.recipient = keys.sealIfPlain(mail.candidateId, mail.recipient);
                mail.subject = keys.sealIfPlain(mail.candidateId, mail.subject);
                mail.htmlBody = keys.sealIfPlain(mail.candidateId, mail.htmlBody);
                mail.textBody = keys.sealIfPlain(mail.candidateId, mail.textBody);
                mail.calendar = keys.sealIfPlain(mail.candidateId, mail.calendar);
            }
        });
    }

    /**
     * Calls off the mails of one kind to one recipient that have not left (waiting or given up), when what they ask for no longer
     * holds (a referee whose consent was withdrawn). Returns how many.
     */
    @Transactional(TxType.MANDATORY)
    public long callOff(long candidateId, String recipient, String kind) {
        keyUnkeyedRecipients();
        // Failed ones too, so nobody can send them again by hand.
        return OutboxMail.deleteUnsent(candidateId, recipient, kind);
    }

    /**
     * Deletes the mails of these kinds to an address that belongs to no candidate (job alerts), sent or not, when the
     * consent for them ends. Returns how many.
     */
    @Transactional(TxType.MANDATORY)
    public long deleteForRecipient(String recipient, List<String> kinds) {
        keyUnkeyedRecipients();
        return OutboxMail.deleteForRecipient(recipient, kinds);
    }

    /**
     * Mails stored before addresses had a key (V42) get theirs now rather than when the catch-up reaches them, so that
     * what is called off or deleted by address includes them. Locked as in {@link #sealBacklog}.
     */
    private void keyUnkeyedRecipients() {
        OutboxMail.listUnkeyed().forEach(this::keyRecipient);
        OutboxMail.flush();
    }

    /** Gives a mail stored before V42 the hash of its address. */
    private void keyRecipient(OutboxMail mail) {
        mail.recipientKey = OutboxMail.keyOf(open(mail).to());
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

    /** A page of mails with their subjects, opened with one query for the keys of the candidates on it. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public List<Opened> list(MailStatus status, int pageIndex, int size) {
        List<OutboxMail> mails = OutboxMail.page(status, pageIndex, size);
        CandidateKeys.Opener opener = keys.opener(mails.stream().map(m -> m.candidateId).filter(Objects::nonNull).toList());
        return mails.stream().map(m -> new Opened(m, open(opener, m.candidateId, m.recipient), open(opener, m.candidateId, m.subject), null))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Map<MailStatus, Long> countByStatus() {
        return OutboxMail.countByStatus();
    }

    @RolesAllowed(Roles.ADMIN)
    public OutboxMail get(long id) {
        return OutboxMail.<OutboxMail> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /** The subjects of these mails by id, for a page that lists mails of many candidates: one query for all their keys. */
    @Transactional
    public Map<Long, String> subjects(Collection<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return Map.of();
        }
        List<OutboxMail> mails = OutboxMail.list("id in ?1", mailIds);
        CandidateKeys.Opener opener = keys.opener(mails.stream().map(m -> m.candidateId).filter(Objects::nonNull).toList());
        return mails.stream().collect(Collectors.toMap(m -> m.id, m -> open(opener, m.candidateId, m.subject)));
    }

    /** One mail with its subject and text, for the admin's detail page. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Opened opened(long id) {
        OutboxMail mail = get(id);
        Mail texts = open(mail);
        return new Opened(mail, texts.to(), texts.subject(), texts.text());
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

    /**
     * The error as admins need it; never more than fits the column. An SMTP server often quotes the recipient ({@code 550
     * <jan@example.nl>: no such user}): addresses are left out, as the error is stored unsealed.
     */
    private static String describe(Exception error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = EMAIL_ADDRESS.matcher(text).replaceAll("…");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }


    private byte[] seal(Long candidateId, String text) {
        return candidateId == null ? (text == null ? null : text.getBytes(StandardCharsets.UTF_8)) : keys.encryptText(candidateId, text);
    }

    private static String plain(byte[] stored) {
        return stored == null ? null : new String(stored, StandardCharsets.UTF_8);
    }
}
