package nl.werving.mail;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/** The mails Werving sent or queued for the candidate, with subject and text as they read them. */
@ApplicationScoped
public class MailPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(100, "mails", OutboxMail.listForCandidate(candidateId).stream()
                .map(m -> row("subject", m.subject, "to", m.recipient, "createdAt", m.createdAt, "sentAt", m.sentAt,
                        "status", m.status.name(), "text", m.textBody)).toList()));
    }

    /** Sent and queued mails alike: the timeline of the kept candidate shows every mail the person got. */
    @Override
    public void merge(long duplicateId, long keptId) {
        OutboxMail.update("candidateId = ?1 where candidateId = ?2", keptId, duplicateId);
    }
}
