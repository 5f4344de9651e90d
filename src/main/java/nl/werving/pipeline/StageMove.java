package nl.werving.pipeline;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One step of an application through the pipeline: from which stage to which, who moved it, when.
 * Anonymous facts that stay after a purge (for time-in-stage reports). A note with the move is personal
 * data and lives with the candidate ({@code CandidateNote}).
 */
@Entity
@Immutable
public class StageMove extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    public Long fromStageId;

    public long toStageId;

    public Long actorId;

    public Instant movedAt;
}
