package nl.werving.mail;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The mails Werving sent or queued about the candidate: those to them with subject and text as they read them; those to
 * others (a referee's invitation, whose text holds the referee's single-use link) with subject, address and dates only.
 */
@ApplicationScoped
public class MailPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        String address = Candidate.<Candidate> findByIdOptional(candidateId).map(candidate -> candidate.email).orElse("");
        return PersonalData.of(section(100, "mails", OutboxMail.listForCandidate(candidateId).stream()
                .map(m -> row("subject", m.subject, "to", m.recipient, "createdAt", m.createdAt, "sentAt", m.sentAt,
                        "status", m.status.name(), "text", m.recipient.equalsIgnoreCase(address) ? m.textBody : null)).toList()));
    }

    /** Sent and queued mails alike: the timeline of the kept candidate shows every mail the person got. */
    @Override
    public void merge(long duplicateId, long keptId) {
        OutboxMail.update("candidateId = ?1 where candidateId = ?2", keptId, duplicateId);
    }
}
