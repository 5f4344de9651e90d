package nl.werving.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.Roles;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyCreated;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;

/**
 * Stages: the templates admins keep, and each vacancy's own copy that recruiters adjust. Rejected and
 * withdrawn are outcomes of an application, never stages.
 */
@ApplicationScoped
public class StageService {

    /**
     * One row of the stage editor: an existing stage (id) or a new one (no id), with its name in Dutch and, for candidates
     * who applied in English or French, in theirs (blank: the Dutch name).
     */
    public record StageRow(Long id, String name, String nameEn, String nameFr, StagePhase phase, int order,
            Integer timeLimitDays) {

        public StageRow(Long id, String name, StagePhase phase, int order) {
            this(id, name, null, null, phase, order, null);
        }

        static StageRow of(Stage stage) {
            return new StageRow(stage.id, stage.name, stage.nameEn, stage.nameFr, stage.phase, stage.sortOrder,
                    stage.timeLimitDays);
        }

        static StageRow of(TemplateStage stage) {
            return new StageRow(stage.id, stage.name, stage.nameEn, stage.nameFr, stage.phase, stage.sortOrder,
                    stage.timeLimitDays);
        }

        /** The same row as a new stage. */
        StageRow withoutId() {
            return new StageRow(null, name, nameEn, nameFr, phase, order, timeLimitDays);
        }

        /** A translation as saved: stripped, {@code null} when blank. */
        static String translation(String name) {
            return name == null || name.isBlank() ? null : name.strip();
        }
    }

    private final VacancyService vacancies;
    private final AuditLog audit;

    public StageService(VacancyService vacancies, AuditLog audit) {
        this.vacancies = vacancies;
        this.audit = audit;
    }

    /** Every new vacancy gets its own copy of the default template, in the transaction that creates it. */
    void createStages(@Observes VacancyCreated created) {
        Vacancy vacancy = Vacancy.findById(created.vacancyId());
        StageTemplate template = StageTemplate.findDefault();
        for (TemplateStage source : template.stages) {
            Stage stage = new Stage();
            stage.vacancy = vacancy;
            stage.sortOrder = source.sortOrder;
            stage.name = source.name;
            stage.nameEn = source.nameEn;
            stage.nameFr = source.nameFr;
            stage.phase = source.phase;
            stage.timeLimitDays = source.timeLimitDays;
            stage.persist();
        }
    }

    /** Read at every application: another instance's stage editor may have changed it a moment ago. */
    public long firstStageId(long vacancyId) {
        return Stage.firstOf(vacancyId).id;
    }

    public List<Stage> stagesOf(long vacancyId) {
        vacancies.get(vacancyId);
        return Stage.listForVacancy(vacancyId);
    }

    /**
     * Renames, reorders, adds and removes a vacancy's stages. A stage that still holds active
     * applications cannot be removed: move them first.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public void updateVacancyStages(long vacancyId, List<StageRow> rows, List<Long> remove) {
        Vacancy vacancy = vacancies.get(vacancyId);
        List<Stage> current = Stage.listForVacancy(vacancyId);
        Set<Long> removed = new HashSet<>(remove);
        for (Stage stage : current) {
            if (removed.contains(stage.id) && Application.anyInStage(stage.id)) {
                throw new RuleViolation("stage-in-use", "Stage " + stage.id + " still has applications");
            }
        }
        List<StageRow> kept = ordered(rows, removed);
        if (kept.isEmpty()) {
            throw new RuleViolation("stages-required", "A pipeline needs at least one stage");
        }
        for (Stage stage : current) {
            if (removed.contains(stage.id)) {
                if (StageMove.anyInto(stage.id)) {
                    throw new RuleViolation("stage-in-use", "Stage " + stage.id + " is in the history of applications");
                }
                stage.delete();
            }
        }
        // Temporary orders first: the unique (vacancy, order) constraint must hold after every statement.
        current.stream().filter(stage -> !removed.contains(stage.id)).forEach(stage -> stage.sortOrder += 10_000);
        Stage.flush();
        int order = 1;
        for (StageRow row : kept) {
            Stage stage = row.id() == null ? new Stage() : current.stream().filter(s -> s.id.equals(row.id())).findFirst()
                    .orElseThrow(() -> new RuleViolation("stage-invalid", "Stage " + row.id() + " is not of this vacancy"));
            stage.vacancy = vacancy;
            stage.name = row.name().strip();
            stage.nameEn = StageRow.translation(row.nameEn());
            stage.nameFr = StageRow.translation(row.nameFr());
            stage.phase = row.phase();
            stage.timeLimitDays = row.timeLimitDays();
            stage.sortOrder = order++;
            stage.persist();
        }
        audit.record(AuditAction.STAGES_CHANGED, AuditLog.VACANCY, vacancyId);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<StageTemplate> templates() {
        return StageTemplate.listByName();
    }

    @RolesAllowed(Roles.ADMIN)
    public StageTemplate template(long id) {
        return StageTemplate.<StageTemplate> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void updateTemplate(long id, long version, String name, List<StageRow> rows, List<Long> remove) {
        StageTemplate template = template(id);
        ConcurrentEdits.requireVersion(template.version, version);
        List<StageRow> kept = ordered(rows, new HashSet<>(remove));
        if (kept.isEmpty()) {
            throw new RuleViolation("stages-required", "A pipeline needs at least one stage");
        }
        template.name = name.strip();
        template.stages.clear();
        int order = 1;
        for (StageRow row : kept) {
            TemplateStage stage = new TemplateStage();
            stage.template = template;
            stage.name = row.name().strip();
            stage.nameEn = StageRow.translation(row.nameEn());
            stage.nameFr = StageRow.translation(row.nameFr());
            stage.phase = row.phase();
            stage.timeLimitDays = row.timeLimitDays();
            stage.sortOrder = order++;
            template.stages.add(stage);
        }
        audit.record(AuditAction.STAGE_TEMPLATE_CHANGED, AuditLog.STAGE_TEMPLATE, id);
    }

    /** Filled-in rows not marked for removal, in the order the user gave. */
    private static List<StageRow> ordered(List<StageRow> rows, Set<Long> removed) {
        List<StageRow> kept = new ArrayList<>();
        for (StageRow row : rows) {
            if (row.name() != null && !row.name().isBlank() && (row.id() == null || !removed.contains(row.id()))) {
                kept.add(row);
            }
        }
        kept.sort(Comparator.comparingInt(StageRow::order));
        return kept;
    }
}
