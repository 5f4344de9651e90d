package nl.werving.inbox;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;

/**
 * A mail a candidate sent to Werving, as text. {@code messageKey} is unique: a message read twice is stored once. Its
 * sender, subject and text are sealed under the candidate's key; read and write them through {@link Replies}.
 */
@Entity
public class Reply extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long conversationId;

    /** The sender's address, sealed like the texts. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] fromAddress;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] subject;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] bodyText;

    public Instant receivedAt;

    public Instant storedAt;

    public String messageId;

    public String messageKey;

    public static List<Reply> listForCandidate(long candidateId) {
        return list("candidate.id", Sort.by("receivedAt").and("id"), candidateId);
    }

    public static boolean existsWithKey(String messageKey) {
        return count("messageKey", messageKey) > 0;
    }

    /**
     * Replies stored before they were sealed (V37 listed them): for {@link Replies#sealBacklog}.
     * Seals up to {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("reply_plain", "reply_id", limit, seal);
    }
}
