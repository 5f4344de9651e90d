package nl.werving.pipeline;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    @ManyToOne(fetch = FetchType.LAZY)
    public RejectionReason rejectionReason;

    @Version
    public long version;

    public static boolean exists(long vacancyId, long candidateId) {
        return count("vacancy.id = ?1 and candidate.id = ?2", vacancyId, candidateId) > 0;
    }

    /** Ended applications of a vacancy per outcome. */
    public static Map<ApplicationStatus, Long> countOutcomes(long vacancyId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        getEntityManager().createQuery("select a.status, count(a) from Application a where a.vacancy.id = :vacancy group by a.status",
                Object[].class).setParameter("vacancy", vacancyId).getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** A vacancy's applications that ended with this outcome, newest first; purged ones show without a name. */
    public static List<EndedApplication> listEnded(long vacancyId, ApplicationStatus outcome) {
        return getEntityManager().createQuery("""
                select new nl.werving.pipeline.EndedApplication(a.id, c.id, c.fullName, s.name, a.status, r.label, a.appliedAt,
                    a.endedAt)
                from Application a join a.stage s left join a.candidate c left join a.rejectionReason r
                where a.vacancy.id = :vacancy and a.status = :outcome
                order by a.endedAt desc, a.id desc
                """, EndedApplication.class).setParameter("vacancy", vacancyId).setParameter("outcome", outcome).getResultList();
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
