package nl.werving.candidate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A note of the team about a candidate, or the note with a move: free text, so part of the candidate aggregate. */
@Entity
public class CandidateNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long applicationId;

    public Long stageMoveId;

    public Long authorId;

    public String body;

    public Instant createdAt;
}
