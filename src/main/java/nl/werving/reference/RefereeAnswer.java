package nl.werving.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

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
    public String comment;

    public boolean isLow() {
        return score != null && score <= LOW;
    }
}
