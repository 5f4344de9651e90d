package nl.werving.interview;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A 1–5 rating of a competency ({@code questionId} null) or of the answer to one of its questions. */
@Entity
public class ScorecardRating extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Scorecard scorecard;

    public long competencyId;
    public Long questionId;
    public int rating;
}
