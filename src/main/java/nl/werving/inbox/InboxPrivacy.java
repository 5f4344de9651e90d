package nl.werving.inbox;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The candidate's replies to Werving's mails. Replies and conversations hang off the candidate row, so the purge and
 * the erasure take them with it.
 */
@ApplicationScoped
public class InboxPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(106, "replies", Reply.listForCandidate(candidateId).stream()
                .map(r -> row("receivedAt", r.receivedAt, "from", r.fromAddress, "subject", r.subject, "text", r.bodyText))
                .toList()));
    }

    /** Two records of one person become one: the duplicate's conversations and replies move to the candidate kept. */
    @Override
    @Transactional(TxType.MANDATORY)
    public void merge(long duplicateId, long keptId) {
        Conversation.moveToCandidate(duplicateId, keptId);
        Reply.moveToCandidate(duplicateId, keptId);
    }
}
