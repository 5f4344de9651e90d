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
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;
import nl.werving.web.RuleViolation;

/**
 * Replies as Werving keeps them: attached to the candidate whose conversation they answer, or waiting for an admin.
 * Each message is stored in its own transaction, once: the reader removes it from the mailbox only after this commit.
 * A reply's subject and text are sealed under its candidate's key; a reply that matched nobody waits as it came, since
 * there is no candidate (and so no key) yet, and is sealed when an admin attaches it.
 */
@ApplicationScoped
public class Replies implements SealingBacklog {

    /** A candidate's reply with its subject and text opened. */
    public record Opened(Reply reply, String from, String subject, String text) {
    }

    /** What became of a message from the mailbox. */
    public enum Outcome {
        ATTACHED, UNMATCHED, ALREADY_STORED
    }

    private final InboxConfig config;
    private final Clock clock;
    private final CandidateKeys keys;

    public Replies(InboxConfig config, Clock clock, CandidateKeys keys) {
        this.config = config;
        this.clock = clock;
        this.keys = keys;
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

    /** The candidate's replies, oldest first, opened with one key unwrap. */
    @Transactional(TxType.MANDATORY)
    public List<Opened> forCandidate(long candidateId) {
        List<Reply> replies = Reply.listForCandidate(candidateId);
        CandidateKeys.Opener opener = keys.opener(List.of(candidateId));
        return replies.stream().map(r -> new Opened(r, opener.text(candidateId, r.fromAddress), opener.text(candidateId, r.subject),
                opener.text(candidateId, r.bodyText))).toList();
    }

    /**
     * Gives the duplicate's replies to the candidate kept, sealed again under the kept candidate's key: the duplicate's
     * key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    public void moveToCandidate(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        for (Reply reply : Reply.listForCandidate(duplicateId)) {
            reply.fromAddress = keys.reseal(duplicateId, keptId, reply.fromAddress);
            reply.subject = keys.reseal(duplicateId, keptId, reply.subject);
            reply.bodyText = keys.reseal(duplicateId, keptId, reply.bodyText);
            reply.candidate = kept;
        }
        // Written now, before the merge deletes the duplicate and its rows with it.
        Reply.flush();
    }

    /**
     * Encrypts up to {@code limit} replies stored before they were sealed (V37 listed them and kept their texts as
     * UTF-8). Returns how many.
     */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        return Reply.sealListed(limit, id -> {
            Reply reply = Reply.findById(id);
            if (reply == null) {
                return; // gone since it was listed
            }
            reply.fromAddress = keys.sealIfPlain(reply.candidate.id, reply.fromAddress);
            reply.subject = keys.sealIfPlain(reply.candidate.id, reply.subject);
            reply.bodyText = keys.sealIfPlain(reply.candidate.id, reply.bodyText);
        });
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
        reply.fromAddress = keys.encryptText(candidate.id, from);
        reply.subject = keys.encryptText(candidate.id, subject);
        reply.bodyText = keys.encryptText(candidate.id, text);
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
