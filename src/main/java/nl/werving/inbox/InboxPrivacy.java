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

    private final Replies replies;

    public InboxPrivacy(Replies replies) {
        this.replies = replies;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(106, "replies", replies.forCandidate(candidateId).stream()
                .map(r -> row("receivedAt", r.reply().receivedAt, "from", r.from(), "subject", r.subject(), "text",
                        r.text()))
                .toList()));
    }

    /**
     * Two records of one person become one: the duplicate's conversations and replies move to the candidate kept, the
     * replies sealed again under the kept candidate's key.
     */
    @Override
    @Transactional(TxType.MANDATORY)
    public void merge(long duplicateId, long keptId) {
        Conversation.moveToCandidate(duplicateId, keptId);
        replies.moveToCandidate(duplicateId, keptId);
    }
}
