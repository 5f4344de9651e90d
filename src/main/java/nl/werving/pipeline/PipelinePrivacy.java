package nl.werving.pipeline;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.personaldata.KeepRule;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.RuleViolation;

/**
 * A candidate's applications with the stages they went through and, for a rejection, the reason in the candidate's
 * language; who moved them stays out, as that is a colleague's data. A procedure still running, a hire, or one that
 * ended within the retention term keeps the candidate; after the purge the applications stay as anonymous facts, their
 * link to the person cut by the database.
 */
@ApplicationScoped
public class PipelinePrivacy implements PrivacyPart {

    private final PipelineService pipeline;
    private final CandidateService candidates;

    public PipelinePrivacy(PipelineService pipeline, CandidateService candidates) {
        this.pipeline = pipeline;
        this.candidates = candidates;
    }

    @Override
    public PersonalData export(long candidateId) {
        Locale locale = candidates.localeOf(candidateId);
        List<Application> applications = Application.listAllOfCandidate(candidateId);
        Vacancy.fetchTexts(applications.stream().map(a -> a.vacancy).distinct().toList());
        Map<Long, List<StageMoveEntry>> moves = applications.isEmpty() ? Map.of()
                : StageMove.listHistory(applications.stream().map(a -> a.id).toList(), Language.of(locale)).stream()
                        .collect(Collectors.groupingBy(StageMoveEntry::applicationId));
        // Titles and stage names as the candidate read them, in the language they applied in.
        return PersonalData.of(section(20, "applications", applications.stream()
                .map(a -> row("vacancy", a.vacancy.titleIn(locale), "status", a.status.name(), "stage", a.stage.nameIn(locale),
                        "source", a.source.name(),
                        "appliedAt", a.appliedAt, "endedAt", a.endedAt,
                        "rejectionReason", a.rejectionReason == null ? null : a.rejectionReason.label.in(locale),
                        "stages", stages(a, moves.getOrDefault(a.id, List.of()), locale)))
                .toList()));
    }

    /** Each stage the application stood in, from its moves: applying enters the first, each move leaves one and enters the next. */
    private static List<Map<String, Object>> stages(Application application, List<StageMoveEntry> moves, Locale locale) {
        List<Map<String, Object>> stages = new ArrayList<>();
        String stage = moves.isEmpty() ? application.stage.nameIn(locale) : moves.get(0).fromStage();
        Instant enteredAt = application.appliedAt;
        for (StageMoveEntry move : moves) {
            stages.add(row("stage", stage, "enteredAt", enteredAt, "leftAt", move.movedAt()));
            stage = move.toStage();
            enteredAt = move.movedAt();
        }
        stages.add(row("stage", stage, "enteredAt", enteredAt, "leftAt", application.endedAt));
        return stages;
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
