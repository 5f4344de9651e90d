package nl.werving.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.web.WervingConfig;

/**
 * Drains the outbox. Each mail is sent in its own transaction with its row locked, so several
 * instances never send the same mail, and it is marked sent only after the SMTP server accepted it.
 * Delivery is at least once: should the process die between the server's acceptance and the commit,
 * the mail goes again after a restart, with the same {@code Message-ID}, so the receiving side can
 * drop the duplicate.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final ReactiveMailer mailer;
    private final Outbox outbox;
    private final MailConfig config;
    private final Clock clock;
    private final String messageIdDomain;

    public OutboxSender(ReactiveMailer mailer, Outbox outbox, MailConfig config, Clock clock, WervingConfig werving) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.messageIdDomain = URI.create(werving.baseUrl()).getHost();
    }

    /**
     * Sends what is due, batch after batch, up to {@code max-per-run} mails: a spike of applications is
     * mailed within minutes, while taking in the applications themselves keeps most of the machine.
     */
    @Scheduled(identity = "mail-outbox", every = "${werving.mail.send-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void sendDue() {
        int sent = 0;
        List<Long> due;
        do {
            due = OutboxMail.dueIds(Instant.now(clock), config.batchSize());
            due.forEach(this::deliver);
            sent += due.size();
        } while (due.size() == config.batchSize() && sent < config.maxPerRun());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void deliver(long id) {
        OutboxMail mail = OutboxMail.lockForSending(id);
        if (mail == null) {
            return;
        }
        try {
            // Sealed at rest, opened only to go out.
            Outbox.Mail texts = outbox.open(mail);
            Mail message = Mail.withHtml(texts.to(), texts.subject(), texts.html()).setText(texts.text())
                    .addHeader("Message-ID", messageId(mail));
            if (mail.replyTo != null) {
                message.setReplyTo(mail.replyTo);
            }
            if (texts.calendar() != null) {
                message.addAttachment("invite.ics", texts.calendar().getBytes(StandardCharsets.UTF_8),
                        "text/calendar; charset=UTF-8; method=" + mail.calendarMethod);
            }
            // A mail server that stops answering mid-conversation must not stall the outbox: give up and retry later.
            mailer.send(message).await().atMost(config.sendTimeout());
            outbox.sent(mail);
        } catch (RuntimeException e) {
            outbox.attemptFailed(mail, e);
            // Only the id and kind: the recipient and body are personal data.
            LOG.warnf("Mail #%d (%s) not sent, attempt %d: %s", mail.id, mail.kind, mail.attempts, e.getClass().getSimpleName());
        }
    }

    /** The same for every attempt at one outbox mail, and unique to this installation. */
    String messageId(OutboxMail mail) {
        return "<werving-mail-" + mail.id + "@" + messageIdDomain + ">";
    }
}
