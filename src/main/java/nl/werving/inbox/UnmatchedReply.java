package nl.werving.inbox;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * A mail in the recruiting mailbox that names no conversation: it waits for an admin to attach it to a candidate or
 * delete it. It is personal data of someone Werving may not know, so it is deleted after
 * {@link InboxConfig#keepUnmatched()} in any case.
 */
@Entity
public class UnmatchedReply extends PanacheEntity {

    public String fromAddress;

    public String toAddress;

    public String subject;

    public String bodyText;

    public Instant receivedAt;

    public Instant storedAt;

    public String messageId;

    public String messageKey;

    public static boolean existsWithKey(String messageKey) {
        return count("messageKey", messageKey) > 0;
    }

    public static List<UnmatchedReply> page(int pageIndex, int size) {
        return findAll(Sort.by("storedAt").descending().and("id").descending()).page(Page.of(pageIndex, size)).list();
    }

    /** Deletes what was stored before {@code before}; returns how many. */
    public static long deleteStoredBefore(Instant before) {
        return delete("storedAt < ?1", before);
    }
}
