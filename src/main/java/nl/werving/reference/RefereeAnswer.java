package nl.werving.reference;

import java.util.function.LongConsumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.personaldata.PlainRows;

/** A referee's answer on one topic: a score from 1 to 5 (or none, when they cannot judge) and a comment. */
@Entity
public class RefereeAnswer extends PanacheEntity {

    /** Scores at or below this are flagged for the recruiter. */
    public static final int LOW = 2;

    @ManyToOne(fetch = FetchType.LAZY)
    public Referee referee;

    @Enumerated(EnumType.STRING)
    public ReferenceTopic topic;

    public Integer score;

    /** The comment sealed under the candidate's key (ReferenceTexts); {@link #comment} is its plain text once opened. */
    @Column(name = "comment")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedComment;

    @Transient
    public String comment;

    // Written out: Panache makes no accessors for transient fields, and templates read them through accessors.
    public String getComment() {
        return comment;
    }

    public boolean isLow() {
        return score != null && score <= LOW;
    }

    /**
     * Answers stored before their comments were sealed (V38 listed them): for ReferenceTexts#sealBacklog.  Seals up to
     * {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("referee_answer_plain", "answer_id", limit, seal);
    }
}
