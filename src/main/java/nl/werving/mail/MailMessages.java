package nl.werving.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin outbox pages. */
@MessageBundle("mail")
public interface MailMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String status(MailStatus status);

    @Message
    String emptyTitle(MailStatus status);

    @Message
    String emptyText(MailStatus status);

    @Message
    String columnCreated();

    @Message
    String columnKind();

    @Message
    String columnSubject();

    @Message
    String columnRecipient();

    @Message
    String columnAttempts();

    @Message
    String columnLastError();

    @Message
    String nextAttempt(String when);

    @Message
    String sentOn();

    @Message
    String retry();

    @Message
    String retryHelp();

    @Message
    String retryQueued();

    @Message
    String bodyText();

    @Message
    String bodyHtmlNote();
}
