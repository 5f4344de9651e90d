package nl.werving.mail;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The mails Werving sent or queued about the candidate: those to them with subject and text as they read them; those to
 * others (a referee's invitation, whose text holds the referee's single-use link) with subject, address and dates only.
 */
@ApplicationScoped
public class MailPrivacy implements PrivacyPart {

    private final Outbox outbox;

    public MailPrivacy(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public PersonalData export(long candidateId) {
        String address = Candidate.<Candidate> findByIdOptional(candidateId).map(candidate -> candidate.email()).orElse("");
        return PersonalData.of(section(100, "mails", outbox.forCandidate(candidateId).stream()
                .map(m -> row("subject", m.subject(), "to", m.to(), "createdAt", m.mail().createdAt, "sentAt",
                        m.mail().sentAt, "status", m.mail().status.name(), "text",
                        m.to().equalsIgnoreCase(address) ? m.text() : null))
                .toList()));
    }

    /**
     * Sent and queued mails alike: the timeline of the kept candidate shows every mail the person got. Their texts are
     * sealed again under the kept candidate's key.
     */
    @Override
    @Transactional(TxType.MANDATORY)
    public void merge(long duplicateId, long keptId) {
        outbox.moveToCandidate(duplicateId, keptId);
    }
}
