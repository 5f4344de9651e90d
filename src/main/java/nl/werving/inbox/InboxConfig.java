package nl.werving.inbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The recruiting mailbox: the address candidates reply to, and how Werving reads it over IMAP. Without an IMAP host
 * nothing is read; without an address mails carry no reply address of their own.
 */
@ConfigMapping(prefix = "werving.inbox")
public interface InboxConfig {

    /**
     * The recruiting mailbox, e.g. {@code werving@example.com}. Each conversation gets
     * {@code werving+<token>@example.com}: the mail server must deliver plus-addresses to this mailbox.
     */
    Optional<String> address();

    /** How often the mailbox is read ({@code off} never), as the {@code @Scheduled} expression in {@link InboxPoll}. */
    @WithDefault("1m")
    String pollEvery();

    /** Messages read per poll at most; the rest wait for the next one. */
    @WithDefault("200")
    int maxPerPoll();

    /** How long a reply that matches no candidate waits for an admin before it is deleted. */
    @WithDefault("P30D")
    Duration keepUnmatched();

    /** How often replies older than {@link #keepUnmatched()} are deleted ({@code off} never). */
    @WithDefault("1h")
    String purgeUnmatchedEvery();

    Imap imap();

    interface Imap {

        /** No host: the mailbox is not read. */
        Optional<String> host();

        @WithDefault("993")
        int port();

        /** IMAP over TLS (imaps); off only for a server on the same machine or in tests. */
        @WithDefault("true")
        boolean ssl();

        Optional<String> user();

        Optional<String> password();

        @WithDefault("INBOX")
        String folder();

        /** Every call to the mail server gives up after these, so an unanswering server cannot stall the poll. */
        @WithDefault("PT10S")
        Duration connectTimeout();

        @WithDefault("PT30S")
        Duration readTimeout();
    }
}
