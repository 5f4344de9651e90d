package nl.werving.messaging;

import java.time.Instant;

import nl.werving.mail.MailStatus;

/** A message as the timeline and the candidate's copy of their data show it. */
public record SentMessage(long id, long mailId, Long applicationId, String vacancyTitle, String senderName, String subject,
        String text, MailStatus status, Instant createdAt, Instant sentAt) {

    /** When it left, or when it was written while it waits. */
    public Instant at() {
        return sentAt != null ? sentAt : createdAt;
    }
}
