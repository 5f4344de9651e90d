package nl.werving.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.candidate.Candidate;
import nl.werving.identity.Roles;
import nl.werving.web.RuleViolation;

/**
 * Replies as Werving keeps them: attached to the candidate whose conversation they answer, or waiting for an admin.
 * Each message is stored in its own transaction, once: the reader removes it from the mailbox only after this commit.
 */
@ApplicationScoped
public class Replies {

    /** What became of a message from the mailbox. */
    public enum Outcome {
        ATTACHED, UNMATCHED, ALREADY_STORED
    }

    private final InboxConfig config;
    private final Clock clock;

    public Replies(InboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional(TxType.REQUIRES_NEW)
    Outcome store(IncomingMail mail) {
        if (Reply.existsWithKey(mail.messageKey()) || UnmatchedReply.existsWithKey(mail.messageKey())) {
            return Outcome.ALREADY_STORED;
        }
        Optional<Conversation> conversation = mail.recipients().stream().map(Conversations::tokenIn).flatMap(Optional::stream)
                .distinct().map(Conversation::findByToken).flatMap(Optional::stream).findFirst();
        if (conversation.isPresent()) {
            Reply reply = newReply(conversation.get().candidate, mail.fromAddress(), mail.subject(), mail.text(), mail.receivedAt(),
                    mail.messageId(), mail.messageKey());
            reply.conversationId = conversation.get().id;
            reply.persist();
            return Outcome.ATTACHED;
        }
        UnmatchedReply unmatched = new UnmatchedReply();
        unmatched.fromAddress = mail.fromAddress();
        unmatched.toAddress = mail.recipientLine();
        unmatched.subject = mail.subject();
        unmatched.bodyText = mail.text();
        unmatched.receivedAt = mail.receivedAt();
        unmatched.storedAt = Instant.now(clock);
        unmatched.messageId = mail.messageId();
        unmatched.messageKey = mail.messageKey();
        unmatched.persist();
        return Outcome.UNMATCHED;
    }

    /** The candidate's replies, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<Reply> forCandidate(long candidateId) {
        return Reply.listForCandidate(candidateId);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(TxType.SUPPORTS)
    public List<UnmatchedReply> unmatched(int pageIndex, int size) {
        return UnmatchedReply.page(pageIndex, size);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(TxType.SUPPORTS)
    public long countUnmatched() {
        return UnmatchedReply.count();
    }

    /**
     * An admin recognised the sender: the reply moves to the candidate's profile. Throws {@link RuleViolation}
     * {@code inbox.candidateUnknown} when no candidate has that number.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Reply attach(long unmatchedId, long candidateId) {
        UnmatchedReply unmatched = unmatchedReply(unmatchedId);
        Candidate candidate = Candidate.<Candidate> findByIdOptional(candidateId)
                .orElseThrow(() -> new RuleViolation("inbox.candidateUnknown", "no candidate " + candidateId));
        Reply reply = newReply(candidate, unmatched.fromAddress, unmatched.subject, unmatched.bodyText, unmatched.receivedAt,
                unmatched.messageId, unmatched.messageKey);
        unmatched.delete();
        // The unique key moves from one table to the other within this transaction.
        UnmatchedReply.flush();
        reply.persist();
        return reply;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(long unmatchedId) {
        unmatchedReply(unmatchedId).delete();
    }

    /** Replies nobody attached are personal data of people Werving may not know: gone after the configured term. */
    @Transactional
    public long purgeUnmatched() {
        return UnmatchedReply.deleteStoredBefore(Instant.now(clock).minus(config.keepUnmatched()));
    }

    private Reply newReply(Candidate candidate, String from, String subject, String text, Instant receivedAt, String messageId,
            String messageKey) {
        Reply reply = new Reply();
        reply.candidate = candidate;
        reply.fromAddress = from;
        reply.subject = subject;
        reply.bodyText = text;
        reply.receivedAt = receivedAt;
        reply.storedAt = Instant.now(clock);
        reply.messageId = messageId;
        reply.messageKey = messageKey;
        return reply;
    }

    private static UnmatchedReply unmatchedReply(long id) {
        return UnmatchedReply.<UnmatchedReply> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }
}
