package nl.werving.mail;

import io.quarkus.qute.TemplateEnum;

/** Where a mail is: waiting (also between retries), sent, or given up after the last retry. */
@TemplateEnum
public enum MailStatus {
    PENDING, SENT, FAILED
}
