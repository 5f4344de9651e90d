package nl.werving.automation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.messaging.MessageTemplate;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationEnded;
import nl.werving.pipeline.PendingActions;
import nl.werving.pipeline.PipelineService;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StageEntered;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;

/**
 * Stage automations: recruiters set per stage of a vacancy what runs when an application enters it; entering plans
 * the actions, a recruiter may call one off, and leaving the stage or ending the application drops what has not run.
 */
@ApplicationScoped
@Named("stageAutomations")
public class StageAutomations implements PendingActions {

    /** The editor's refusals: each form field with the code of the rule it broke, all found at once. */
    public static class Refused extends RuleViolation {

        private final Map<String, String> fields;

        Refused(Map<String, String> fields) {
            super(fields.values().iterator().next(), "Automation refused: " + fields);
            this.fields = fields;
        }

        public Map<String, String> fields() {
            return fields;
        }
    }

    private final VacancyService vacancies;
    private final PipelineService pipeline;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public StageAutomations(VacancyService vacancies, PipelineService pipeline, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.pipeline = pipeline;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public Vacancy vacancy(long vacancyId) {
        return vacancies.get(vacancyId);
    }

    @Transactional
    public List<StageAutomation> automationsOf(long vacancyId) {
        vacancies.get(vacancyId);
        return StageAutomation.listForVacancy(vacancyId);
    }

    @Transactional
    public StageAutomation get(long vacancyId, long automationId) {
        vacancies.get(vacancyId);
        return StageAutomation.<StageAutomation> findByIdOptional(automationId)
                .filter(found -> found.stage.vacancy.id.equals(vacancyId)).orElseThrow(NotFoundException::new);
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public StageAutomation create(long vacancyId, AutomationForm form) {
        vacancies.get(vacancyId);
        StageAutomation automation = new StageAutomation();
        apply(vacancyId, form, automation);
        automation.persist();
        audit.record(AuditAction.STAGE_AUTOMATION_CHANGED, AuditLog.VACANCY, vacancyId, "automation " + automation.id);
        return automation;
    }

    /** Changes an automation; actions it already planned run as it now says. A colleague's change in between is a 409. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public StageAutomation update(long vacancyId, long automationId, AutomationForm form) {
        StageAutomation automation = get(vacancyId, automationId);
        ConcurrentEdits.requireVersion(automation.version, form.version);
        apply(vacancyId, form, automation);
        StageAutomation.flush();
        audit.record(AuditAction.STAGE_AUTOMATION_CHANGED, AuditLog.VACANCY, vacancyId, "automation " + automation.id);
        return automation;
    }

    /** Removes an automation and every action it planned. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public void delete(long vacancyId, long automationId, Long version) {
        StageAutomation automation = get(vacancyId, automationId);
        ConcurrentEdits.requireVersion(automation.version, version);
        // The database takes its planned actions along (on delete cascade).
        automation.delete();
        audit.record(AuditAction.STAGE_AUTOMATION_CHANGED, AuditLog.VACANCY, vacancyId, "automation " + automationId + " removed");
    }

    /** A recruiter calls off one planned action; refused once it has run or was called off. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public ScheduledAction cancel(long actionId) {
        ScheduledAction action = ScheduledAction.<ScheduledAction> findByIdOptional(actionId).orElseThrow(NotFoundException::new);
        pipeline.get(action.applicationId);
        int changed = ScheduledAction.update("status = ?1, finishedAt = ?2, cancelledBy = ?3 where id = ?4 and status = ?5",
                ScheduledActionStatus.CANCELLED, Instant.now(clock), currentUser.getId(), actionId, ScheduledActionStatus.PENDING);
        if (changed == 0) {
            throw new RuleViolation("action-not-pending", "Action " + actionId + " is no longer pending");
        }
        audit.record(AuditAction.AUTOMATED_ACTION_CANCELLED, AuditLog.APPLICATION, action.applicationId, "action " + actionId);
        return action;
    }

    /** The actions waiting for a candidate's applications, for the profile. */
    @Transactional
    public List<PendingAction> pendingOfCandidate(long candidateId) {
        return ScheduledAction.listPendingOfCandidate(candidateId,
                currentUser.canManageVacancies() ? Optional.empty() : Optional.of(currentUser.getId()));
    }

    /** Entering a stage plans its automations; what was planned for another stage of the application is dropped. */
    void onStageEntered(@Observes StageEntered entered) {
        Instant now = Instant.now(clock);
        // A new application has nothing planned to skip, and Hibernate translates an update anew on every run.
        if (!entered.newApplication()) {
            ScheduledAction.skipPendingOf(entered.applicationId(), entered.stageId(), now);
        }
        for (StageAutomation automation : StageAutomation.listForStage(entered.stageId())) {
            ScheduledAction action = new ScheduledAction();
            action.applicationId = entered.applicationId();
            action.automation = automation;
            action.stageId = entered.stageId();
            action.stageEnteredAt = entered.enteredAt();
            action.dueAt = automation.dueAfter(entered.enteredAt());
            action.status = ScheduledActionStatus.PENDING;
            action.createdAt = now;
            action.persist();
        }
    }

    void onApplicationEnded(@Observes ApplicationEnded ended) {
        ScheduledAction.skipPendingOf(ended.applicationId(), null, Instant.now(clock));
    }

    @Override
    public Map<Long, Integer> ofVacancy(long vacancyId) {
        return ScheduledAction.countPendingOfVacancy(vacancyId);
    }

    @Override
    public Map<Long, Integer> of(Collection<Long> applicationIds) {
        return ScheduledAction.countPending(applicationIds);
    }

    private void apply(long vacancyId, AutomationForm form, StageAutomation automation) {
        Map<String, String> refused = new LinkedHashMap<>();
        Stage stage = Stage.<Stage> findByIdOptional(form.stageId).filter(found -> found.vacancy.id.equals(vacancyId)).orElse(null);
        if (stage == null) {
            refused.put("stageId", "stage-invalid");
        }
        MessageTemplate template = null;
        if (form.action == AutomationAction.SEND_TEMPLATE) {
            template = form.templateId == null ? null : MessageTemplate.findById(form.templateId);
            if (template == null) {
                refused.put("templateId", "template-unknown");
            }
        }
        Integer hours = form.delay == AutomationDelay.HOURS ? form.hours() : null;
        if (form.delay == AutomationDelay.HOURS && hours == null) {
            refused.put("delayHours", "delay-out-of-range");
        }
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        automation.stage = stage;
        automation.action = form.action;
        automation.messageTemplate = template;
        automation.delayKind = form.delay;
        automation.delayHours = hours;
        automation.createdBy = currentUser.getId();
        automation.updatedAt = Instant.now(clock);
    }

    /** Whether the application is still in the state the action was planned for: running, with its candidate, in the stage. */
    static boolean stillApplies(ScheduledAction action, Application application) {
        return application != null && application.candidate != null && !application.status.isEnded()
                && application.stage.id.equals(action.stageId) && application.stageEnteredAt.equals(action.stageEnteredAt);
    }
}
