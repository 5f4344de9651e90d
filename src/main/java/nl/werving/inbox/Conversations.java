package nl.werving.inbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.hibernate.orm.panache.Panache;
import nl.werving.candidate.Candidate;

/**
 * Reply addresses. A feature that writes to a candidate and wants the answer on the profile asks, in the transaction
 * that queues the mail, for {@link #replyAddressFor(long)} (or the variant naming the application and vacancy) and
 * puts it on the mail as its Reply-To ({@code Outbox.Mail.withReplyTo}):
 *
 * <pre>
 * String replyTo = conversations.replyAddressFor(candidate.id);
 * outbox.enqueue(new Outbox.Mail(kind, candidate.email, subject, html, text, candidate.id).withReplyTo(replyTo));
 * </pre>
 *
 * Each call opens a new conversation and returns an address unique to it: the configured recruiting mailbox
 * ({@code werving.inbox.address}, e.g. {@code werving@example.com}) plus-addressed with the conversation's token
 * ({@code werving+3f2a…@example.com}). Without a configured mailbox it returns {@code null}, and the mail goes
 * without a Reply-To. The token is 32 lowercase hex characters, so a mail server that lowercases addresses keeps it.
 */
@ApplicationScoped
public class Conversations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("\\+([0-9a-f]{32})@", Pattern.CASE_INSENSITIVE);

    private final InboxConfig config;
    private final Clock clock;

    public Conversations(InboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Opens a conversation with the candidate; returns its reply address, or {@code null} without a mailbox. */
    @Transactional(TxType.MANDATORY)
    public String replyAddressFor(long candidateId) {
        return replyAddressFor(candidateId, null, null);
    }

    /** The same, for a mail about one application or vacancy (either may be {@code null}). */
    @Transactional(TxType.MANDATORY)
    public String replyAddressFor(long candidateId, Long applicationId, Long vacancyId) {
        Optional<String> mailbox = config.address().filter(address -> address.indexOf('@') > 0);
        if (mailbox.isEmpty()) {
            return null;
        }
        Conversation conversation = new Conversation();
        conversation.candidate = Panache.getEntityManager().getReference(Candidate.class, candidateId);
        conversation.token = newToken();
        conversation.applicationId = applicationId;
        conversation.vacancyId = vacancyId;
        conversation.createdAt = Instant.now(clock);
        conversation.persist();
        return addressWithToken(mailbox.get(), conversation.token);
    }

    static String addressWithToken(String mailbox, String token) {
        int at = mailbox.lastIndexOf('@');
        return mailbox.substring(0, at) + "+" + token + mailbox.substring(at);
    }

    /** The conversation token in an address such as {@code werving+<token>@example.com}, if there is one. */
    static Optional<String> tokenIn(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(address);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
