package nl.werving.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.candidate.Candidate;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyCreated;
import nl.werving.web.RuleViolation;

/** Stages of a vacancy and the applications moving through them. */
@ApplicationScoped
public class PipelineService {

    /** The customer-service pipeline every new vacancy starts with. */
    static final List<DefaultStage> DEFAULT_STAGES = List.of(
            new DefaultStage("Nieuw", StagePhase.RECEIVED),
            new DefaultStage("Screening", StagePhase.IN_REVIEW),
            new DefaultStage("Telefonisch gesprek", StagePhase.INTERVIEWS),
            new DefaultStage("Rollenspel", StagePhase.INTERVIEWS),
            new DefaultStage("Interview", StagePhase.INTERVIEWS),
            new DefaultStage("Referenties", StagePhase.INTERVIEWS),
            new DefaultStage("Aanbod", StagePhase.OFFER),
            new DefaultStage("Aangenomen", StagePhase.HIRED));

    record DefaultStage(String name, StagePhase phase) {
    }

    private final Clock clock;

    /** Entry stage per vacancy, looked up once: stages are made with the vacancy and never reordered. */
    private final Map<Long, Long> firstStages = new ConcurrentHashMap<>();

    public PipelineService(Clock clock) {
        this.clock = clock;
    }

    /** Every new vacancy gets its own copy of the default stages, in the transaction that creates it. */
    void createStages(@Observes VacancyCreated created) {
        Vacancy vacancy = Vacancy.findById(created.vacancyId());
        for (int i = 0; i < DEFAULT_STAGES.size(); i++) {
            Stage stage = new Stage();
            stage.vacancy = vacancy;
            stage.sortOrder = i + 1;
            stage.name = DEFAULT_STAGES.get(i).name();
            stage.phase = DEFAULT_STAGES.get(i).phase();
            stage.persist();
        }
    }

    public boolean hasApplied(Candidate candidate, Vacancy vacancy) {
        return Application.exists(vacancy.id, candidate.id);
    }

    /** A new application in the vacancy's first stage. */
    @Transactional(TxType.MANDATORY)
    public Application open(Vacancy vacancy, Candidate candidate, SourceChannel source, String sourceTag) {
        Application application = new Application();
        application.vacancy = Vacancy.getEntityManager().getReference(Vacancy.class, vacancy.id);
        application.candidate = candidate;
        application.stage = Stage.getEntityManager().getReference(Stage.class,
                firstStages.computeIfAbsent(vacancy.id, id -> Stage.firstOf(id).id));
        application.status = ApplicationStatus.ACTIVE;
        application.source = source;
        application.sourceTag = sourceTag;
        application.appliedAt = Instant.now(clock);
        application.stageEnteredAt = application.appliedAt;
        application.persist();
        return application;
    }

    public List<CandidateApplication> applicationsOf(long candidateId) {
        return Application.listForCandidate(candidateId);
    }

    /** The candidate ends their own application; the retention period starts now. */
    @Transactional
    public void withdraw(long applicationId, long candidateId) {
        Application application = Application.<Application> findByIdOptional(applicationId)
                .filter(found -> found.candidate != null && found.candidate.id.equals(candidateId))
                .orElseThrow(NotFoundException::new);
        if (application.status.isEnded()) {
            throw new RuleViolation("already-ended", "The application has already ended");
        }
        application.status = ApplicationStatus.WITHDRAWN;
        application.endedAt = Instant.now(clock);
    }
}
