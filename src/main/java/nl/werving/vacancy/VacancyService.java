package nl.werving.vacancy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.FormFields;
import nl.werving.web.Formats;
import nl.werving.web.Page;
import nl.werving.web.RuleViolation;
import nl.werving.vacancy.VacancyNotPublishable.Problem;

/**
 * The rules of vacancies: who sees and writes them, what an ad needs before it is published, and
 * which status changes are allowed. Hiring managers see only the vacancies they are assigned to.
 */
@ApplicationScoped
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class VacancyService {

    /** Allowed status changes: draft → open ⇄ on hold → closed; closed is final. */
    private static final Map<VacancyStatus, Set<VacancyStatus>> TRANSITIONS = Map.of(
            VacancyStatus.DRAFT, Set.of(VacancyStatus.OPEN, VacancyStatus.CLOSED),
            VacancyStatus.OPEN, Set.of(VacancyStatus.ON_HOLD, VacancyStatus.CLOSED),
            VacancyStatus.ON_HOLD, Set.of(VacancyStatus.OPEN, VacancyStatus.CLOSED),
            VacancyStatus.CLOSED, Set.of());

    private final Clock clock;
    private final CurrentUser currentUser;
    private final Event<VacancyCreated> created;
    private final Event<VacancyChanged> changed;
    private final AuditLog audit;

    public VacancyService(Clock clock, CurrentUser currentUser, Event<VacancyCreated> created, Event<VacancyChanged> changed,
            AuditLog audit) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.created = created;
        this.changed = changed;
        this.audit = audit;
    }

    public Page<VacancySummary> search(VacancyStatus status, String text, int page) {
        return Vacancy.search(new VacancyQuery(status, text, ownVacanciesOnly(), page));
    }

    public Map<VacancyStatus, Long> countByStatus() {
        return Vacancy.countByStatus(ownVacanciesOnly());
    }

    /** A vacancy the current user may see; 404 if it does not exist, 403 if it is not theirs. */
    public Vacancy get(long id) {
        Vacancy vacancy = Vacancy.<Vacancy> findByIdOptional(id).orElseThrow(NotFoundException::new);
        if (!currentUser.canManageVacancies() && !isOwnVacancy(vacancy)) {
            throw new ForbiddenException();
        }
        return vacancy;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy create(VacancyData data) {
        return create(data, List.of());
    }

    /** A new draft with its texts in English and French where written. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy create(VacancyData data, List<VacancyTranslation> translations) {
        Vacancy vacancy = new Vacancy();
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.createdAt = Instant.now(clock);
        apply(data, vacancy);
        translations.forEach(t -> vacancy.putText(t.language(), t.toText()));
        if (vacancy.recruiter == null && currentUser.isRecruiter()) {
            vacancy.recruiter = AppUser.findById(currentUser.getId());
        }
        vacancy.persist();
        created.fire(new VacancyCreated(vacancy.id));
        changed.fire(new VacancyChanged(vacancy.id));
        audit.record(AuditAction.VACANCY_CREATED, AuditLog.VACANCY, vacancy.id);
        return vacancy;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy update(long id, VacancyData data) {
        return update(id, data, null);
    }

    /**
     * Saves the vacancy and, unless {@code translations} is {@code null}, its English and French texts with it: one
     * version for all, so a colleague's change to either is a conflict, not lost.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy update(long id, VacancyData data, List<VacancyTranslation> translations) {
        Vacancy vacancy = get(id);
        ConcurrentEdits.requireVersion(vacancy.version, data.version());
        if (vacancy.status == VacancyStatus.CLOSED) {
            throw new RuleViolation("closed", "A closed vacancy can no longer be changed");
        }
        apply(data, vacancy);
        if (translations != null) {
            translations.forEach(t -> putTextIfChanged(vacancy, t));
        }
        // Surfaces a concurrent save as OptimisticLockException here rather than at commit.
        Vacancy.flush();
        changed.fire(new VacancyChanged(vacancy.id));
        audit.record(AuditAction.VACANCY_CHANGED, AuditLog.VACANCY, vacancy.id);
        return vacancy;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy publish(long id) {
        Vacancy vacancy = get(id);
        List<Problem> problems = publishProblems(vacancy);
        if (!problems.isEmpty()) {
            throw new VacancyNotPublishable(problems);
        }
        moveTo(vacancy, VacancyStatus.OPEN);
        if (vacancy.publishedAt == null) {
            vacancy.publishedAt = vacancy.updatedAt;
        }
        return vacancy;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy putOnHold(long id) {
        Vacancy vacancy = get(id);
        moveTo(vacancy, VacancyStatus.ON_HOLD);
        return vacancy;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Vacancy close(long id) {
        Vacancy vacancy = get(id);
        moveTo(vacancy, VacancyStatus.CLOSED);
        vacancy.closedAt = vacancy.updatedAt;
        return vacancy;
    }

    public List<AppUser> hiringManagerChoices() {
        return AppUser.listActiveWithRole(Roles.HIRING_MANAGER);
    }

    public List<AppUser> recruiterChoices() {
        return AppUser.listActiveWithRole(Roles.RECRUITER);
    }

    List<Problem> publishProblems(Vacancy vacancy) {
        List<Problem> problems = new ArrayList<>();
        if (vacancy.salaryMin == null || vacancy.salaryMax == null) {
            problems.add(Problem.SALARY_RANGE_MISSING);
        }
        if (vacancy.hoursMin == null || vacancy.hoursMax == null) {
            problems.add(Problem.HOURS_MISSING);
        }
        if (Formats.lines(vacancy.tasks).isEmpty()) {
            problems.add(Problem.TASKS_MISSING);
        }
        if (Formats.lines(vacancy.mustHaves).isEmpty()) {
            problems.add(Problem.MUST_HAVES_MISSING);
        }
        if (vacancy.closingDate != null && vacancy.closingDate.isBefore(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            problems.add(Problem.CLOSING_DATE_PASSED);
        }
        return problems;
    }

    private void moveTo(Vacancy vacancy, VacancyStatus target) {
        if (!TRANSITIONS.get(vacancy.status).contains(target)) {
            throw new RuleViolation("illegal-transition", "A vacancy cannot go from " + vacancy.status + " to " + target);
        }
        VacancyStatus from = vacancy.status;
        vacancy.status = target;
        vacancy.updatedAt = Instant.now(clock);
        changed.fire(new VacancyChanged(vacancy.id));
        audit.record(AuditAction.VACANCY_STATUS_CHANGED, AuditLog.VACANCY, vacancy.id, from + " -> " + target);
    }

    private void apply(VacancyData data, Vacancy vacancy) {
        // Queries first: a query flushes pending changes, and each flush of changes raises the version.
        AppUser hiringManager = assignee(data.hiringManagerId(), Roles.HIRING_MANAGER, "hiring-manager-invalid");
        AppUser recruiter = assignee(data.recruiterId(), Roles.RECRUITER, "recruiter-invalid");
        // The public address stays as it was once candidates may have the link.
        String slug = vacancy.publishedAt != null ? vacancy.slug
                : Vacancy.uniqueSlug(data.slug() == null || data.slug().isBlank() ? data.title() + " " + data.city() : data.slug(),
                        vacancy.id);

        vacancy.slug = slug;
        vacancy.hiringManager = hiringManager;
        vacancy.recruiter = recruiter;
        vacancy.title = data.title().strip();
        vacancy.team = FormFields.blankToNull(data.team());
        vacancy.city = data.city().strip();
        vacancy.country = data.country();
        vacancy.workModel = data.workModel();
        vacancy.contractType = data.contractType();
        vacancy.openings = data.openings();
        vacancy.hoursMin = data.hoursMin();
        vacancy.hoursMax = data.hoursMax();
        vacancy.shiftWork = data.shiftWork();
        vacancy.eveningWork = data.eveningWork();
        vacancy.weekendWork = data.weekendWork();
        vacancy.scheduleNote = FormFields.blankToNull(data.scheduleNote());
        vacancy.requireLanguage(Language.NL, data.languageNl());
        vacancy.requireLanguage(Language.FR, data.languageFr());
        vacancy.requireLanguage(Language.EN, data.languageEn());
        vacancy.intro = FormFields.blankToNull(data.intro());
        vacancy.tasks = FormFields.blankToNull(data.tasks());
        vacancy.mustHaves = FormFields.blankToNull(data.mustHaves());
        vacancy.niceToHaves = FormFields.blankToNull(data.niceToHaves());
        vacancy.systemsUsed = FormFields.blankToNull(data.systemsUsed());
        vacancy.teamAndCulture = FormFields.blankToNull(data.teamAndCulture());
        vacancy.dayInTheLife = FormFields.blankToNull(data.dayInTheLife());
        vacancy.salaryMin = data.salaryMin();
        vacancy.salaryMax = data.salaryMax();
        vacancy.closingDate = data.closingDate();
        if (data.cvOptional() != null) {
            vacancy.cvOptional = data.cvOptional();
        }
        vacancy.updatedAt = Instant.now(clock);
    }

    /** Rewriting an unchanged collection would still count as a change; only a real edit replaces the text. */
    private static void putTextIfChanged(Vacancy vacancy, VacancyTranslation translation) {
        VacancyTranslation current = VacancyTranslation.of(translation.language(), vacancy.textIn(translation.language()).orElse(null));
        VacancyText text = translation.toText();
        if (!current.equals(VacancyTranslation.of(translation.language(), text))) {
            vacancy.putText(translation.language(), text);
        }
    }

    private static AppUser assignee(Long userId, String role, String code) {
        if (userId == null) {
            return null;
        }
        AppUser user = AppUser.findById(userId);
        if (user == null || !user.active || !user.hasRole(role)) {
            throw new RuleViolation(code, "User " + userId + " cannot be assigned as " + role);
        }
        return user;
    }

    private boolean isOwnVacancy(Vacancy vacancy) {
        return vacancy.hiringManager != null && vacancy.hiringManager.id.equals(currentUser.getId());
    }

    private Long ownVacanciesOnly() {
        return currentUser.canManageVacancies() ? null : currentUser.getId();
    }

}
