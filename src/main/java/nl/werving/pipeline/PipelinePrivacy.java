package nl.werving.pipeline;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.KeepRule;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.web.RuleViolation;

/**
 * A candidate's applications. A procedure still running, a hire, or one that ended within the retention term keeps the
 * candidate; after the purge the applications stay as anonymous facts, their link to the person cut by the database.
 */
@ApplicationScoped
public class PipelinePrivacy implements PrivacyPart {

    private final PipelineService pipeline;

    public PipelinePrivacy(PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(20, "applications", Application.listAllOfCandidate(candidateId).stream()
                .map(a -> row("vacancy", a.vacancy.title, "status", a.status.name(), "stage", a.stage.name, "source", a.source.name(),
                        "appliedAt", a.appliedAt, "endedAt", a.endedAt)).toList()));
    }

    @Override
    public Optional<KeepRule> keeps() {
        return Optional.of(new KeepRule("""
                select 1 from Application a where a.candidate = c
                    and (a.status = :active or a.status = :hired or a.endedAt >= :ended)""",
                Map.of("active", ApplicationStatus.ACTIVE, "hired", ApplicationStatus.HIRED)));
    }

    /** Running applications end as withdrawn, as if the candidate had withdrawn each. */
    @Override
    public void beforeErasure(long candidateId) {
        Application.listActiveOfCandidate(candidateId)
                .forEach(application -> pipeline.withdraw(application.id, candidateId));
    }

    /**
     * The applications go over, and with them their stage history, scorecards, role-plays and reference checks. One
     * person applies to a vacancy once: when both candidates applied to the same vacancy the merge is refused, so no
     * procedure, running or ended, is silently dropped or counted twice in the reports.
     */
    @Override
    public void merge(long duplicateId, long keptId) {
        if (Application.countSharedVacancies(duplicateId, keptId) > 0) {
            throw new RuleViolation("same-vacancy", "Candidates " + duplicateId + " and " + keptId + " applied to the same vacancy");
        }
        Application.update("candidate = ?1 where candidate.id = ?2", Candidate.reference(keptId), duplicateId);
    }
}
