package nl.werving.pipeline;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.vacancy.Vacancy;

/**
 * The anonymous facts of one application: which vacancy, which stage, where the candidate came from,
 * when it started and ended. The link to the person ({@link #candidate}) is cut when the candidate is
 * purged; the rest stays for reports.
 */
@Entity
public class Application extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    public SourceChannel source;

    /** The raw {@code ?src=} of the link the candidate came through, e.g. a campaign name. */
    public String sourceTag;

    public Instant appliedAt;

    public Instant stageEnteredAt;

    /** When the procedure ended for this application; the retention period starts here. */
    public Instant endedAt;

    @Version
    public long version;

    public static boolean exists(long vacancyId, long candidateId) {
        return count("vacancy.id = ?1 and candidate.id = ?2", vacancyId, candidateId) > 0;
    }

    /** A candidate's applications as their status page shows them, newest first. */
    public static List<CandidateApplication> listForCandidate(long candidateId) {
        return getEntityManager().createQuery("""
                select new nl.werving.pipeline.CandidateApplication(a.id, v.title, v.slug, a.appliedAt, a.status, s.phase, a.endedAt)
                from Application a join a.vacancy v join a.stage s
                where a.candidate.id = :candidate
                order by a.appliedAt desc, a.id desc
                """, CandidateApplication.class).setParameter("candidate", candidateId).getResultList();
    }
}
