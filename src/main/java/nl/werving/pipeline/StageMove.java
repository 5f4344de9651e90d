package nl.werving.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.vacancy.Language;
import nl.werving.web.Formats;
import nl.werving.web.WorkingDays;

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

    /** When the application had entered the stage it left: the stay this move ends began then. */
    public Instant enteredAt;

    /** The stay this move ends in whole hours, and in working days as candidates are promised them (V48). */
    public Long stayHours;
    public Integer stayWorkingDays;

    /** The stay's length is kept with the move, so the time-in-stage report only counts. */
    @PrePersist
    void measureStay() {
        if (enteredAt != null && movedAt != null) {
            stayHours = Math.floorDiv(Duration.between(enteredAt, movedAt).getSeconds(), 3600);
            stayWorkingDays = (int) WorkingDays.between(enteredAt.atZone(Formats.ZONE).toLocalDate(), movedAt.atZone(Formats.ZONE).toLocalDate());
        }
    }

    /** Some application's history passes through this stage. */
    public static boolean anyInto(long stageId) {
        return count("toStageId", stageId) > 0;
    }

    /** The moves of these applications with actor names and the stage names in a language ({@link Stage#nameIn}), in one query. */
    public static List<StageMoveEntry> listHistory(Collection<Long> applicationIds, Language language) {
        return getEntityManager().createQuery("""
                select m.application.id, fs, ts, u.displayName, m.movedAt
                from StageMove m left join Stage fs on fs.id = m.fromStageId join Stage ts on ts.id = m.toStageId
                    left join AppUser u on u.id = m.actorId
                where m.application.id in :ids order by m.movedAt, m.id""", Object[].class)
                .setParameter("ids", applicationIds).getResultStream()
                .map(row -> new StageMoveEntry((Long) row[0], row[1] == null ? null : ((Stage) row[1]).nameIn(language),
                        ((Stage) row[2]).nameIn(language), (String) row[3], (Instant) row[4]))
                .toList();
    }
}
