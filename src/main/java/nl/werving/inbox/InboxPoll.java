package nl.werving.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Reads the recruiting mailbox every {@code werving.inbox.poll-every} (when an IMAP host is configured), and deletes
 * unattached replies past their term every {@code werving.inbox.purge-unmatched-every}.
 */
@ApplicationScoped
public class InboxPoll {

    private static final Logger LOG = Logger.getLogger(InboxPoll.class);

    private final InboxReader reader;
    private final Replies replies;

    public InboxPoll(InboxReader reader, Replies replies) {
        this.reader = reader;
        this.replies = replies;
    }

    @Scheduled(identity = "inbox-poll", every = "${werving.inbox.poll-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void poll() {
        if (reader.isConfigured()) {
            reader.poll();
        }
    }

    @Scheduled(identity = "inbox-unmatched-replies", every = "${werving.inbox.purge-unmatched-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void purgeUnmatched() {
        long deleted = replies.purgeUnmatched();
        if (deleted > 0) {
            LOG.infof("Deleted %d unattached replies past their term", deleted);
        }
    }
}
