package nl.werving.messaging;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The messages the team wrote to the candidate: in their copy with subject, text, sender and status; gone with them
 * (the database's cascade takes the rows along with the candidate and with their mails).
 */
@ApplicationScoped
public class MessagingPrivacy implements PrivacyPart {

    private final Messaging messaging;

    public MessagingPrivacy(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(105, "messages", messaging.sentTo(candidateId).stream()
                .map(m -> row("subject", m.subject(), "text", m.text(), "vacancy", m.vacancyTitle(), "sentBy", m.senderName(),
                        "createdAt", m.createdAt(), "status", m.status().name()))
                .toList()));
    }

    /**
     * Two records turned out to be one person: the messages to the duplicate now belong to the one kept. Their texts are
     * those of their mails, which the mail part moves and seals again.
     */
    @Override
    @Transactional(TxType.MANDATORY)
    public void merge(long duplicateId, long keptId) {
        CandidateMessage.moveToCandidate(duplicateId, keptId);
    }
}
