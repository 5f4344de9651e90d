package nl.werving.inbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.jboss.logging.Logger;

/**
 * Reads the recruiting mailbox over IMAP and stores every message as a reply (see {@link Replies}). A message leaves the
 * mailbox only after its row is committed, and a message already stored is recognised by its key, so a poll cut off
 * halfway loses nothing and stores nothing twice when it runs again. When the mail server cannot be reached, the
 * messages stay where they are and the next poll tries again; every call to the server has a timeout.
 */
@ApplicationScoped
public class InboxReader {

    private static final Logger LOG = Logger.getLogger(InboxReader.class);

    /** What one poll did; {@code reached} is false when the mailbox could not be read (to the end). */
    public record PollResult(boolean reached, int attached, int unmatched, int alreadyStored) {
    }

    private final InboxConfig config;
    private final Replies replies;
    private final Clock clock;

    public InboxReader(InboxConfig config, Replies replies, Clock clock) {
        this.config = config;
        this.replies = replies;
        this.clock = clock;
    }

    public boolean isConfigured() {
        return config.imap().host().filter(host -> !host.isBlank()).isPresent();
    }

    public PollResult poll() {
        if (!isConfigured()) {
            return new PollResult(false, 0, 0, 0);
        }
        InboxConfig.Imap imap = config.imap();
        String protocol = imap.ssl() ? "imaps" : "imap";
        int[] counts = new int[Replies.Outcome.values().length];
        Store store = null;
        Folder folder = null;
        try {
            store = Session.getInstance(properties(protocol, imap)).getStore(protocol);
            store.connect(imap.host().orElseThrow(), imap.port(), imap.user().orElse(null), imap.password().orElse(null));
            folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            int count = Math.min(folder.getMessageCount(), config.maxPerPoll());
            for (int number = 1; number <= count; number++) {
                Message message = folder.getMessage(number);
                if (message.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                IncomingMail mail;
                try {
                    mail = IncomingMail.of((MimeMessage) message, Instant.now(clock));
                } catch (IOException | MessagingException | RuntimeException unreadable) {
                    if (!folder.isOpen()) {
                        throw unreadable instanceof MessagingException lost ? lost : new MessagingException("connection lost");
                    }
                    // Left in the mailbox for someone to read there; the log names no sender or subject.
                    LOG.warnf("Message %d in the recruiting mailbox cannot be read (%s); it stays there", number,
                            unreadable.getClass().getSimpleName());
                    continue;
                }
                counts[replies.store(mail).ordinal()]++;
                // Committed: now it may go. Should this fail, the next poll finds it stored already and removes it then.
                message.setFlag(Flags.Flag.DELETED, true);
            }
            folder.close(true);
            folder = null;
            return result(true, counts);
        } catch (MessagingException e) {
            // The server's message may carry the user name; the exception's kind says enough.
            LOG.warnf("Recruiting mailbox not read (%s): replies stay in the mailbox until the next poll", describe(e));
            return result(false, counts);
        } finally {
            close(folder, store);
        }
    }

    private static PollResult result(boolean reached, int[] counts) {
        return new PollResult(reached, counts[Replies.Outcome.ATTACHED.ordinal()], counts[Replies.Outcome.UNMATCHED.ordinal()],
                counts[Replies.Outcome.ALREADY_STORED.ordinal()]);
    }

    private static Properties properties(String protocol, InboxConfig.Imap imap) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "connectiontimeout", String.valueOf(imap.connectTimeout().toMillis()));
        properties.setProperty(prefix + "timeout", String.valueOf(imap.readTimeout().toMillis()));
        properties.setProperty(prefix + "writetimeout", String.valueOf(imap.readTimeout().toMillis()));
        if (imap.ssl()) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                // Expunges what was stored before the poll stopped.
                folder.close(true);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debugf("Closing the mailbox folder failed: %s", e.getClass().getSimpleName());
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debugf("Closing the mailbox connection failed: %s", e.getClass().getSimpleName());
        }
    }

    private static String describe(Exception error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.getClass().getSimpleName() : error.getClass().getSimpleName() + ", " + root.getClass().getSimpleName();
    }
}
