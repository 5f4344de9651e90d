package nl.werving.interview;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.CurrentUser;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.LocalizedText;
import nl.werving.web.RuleViolation;

/**
 * A vacancy's interview kit, set up by the recruiter with the hiring manager: questions added or dropped, a competency
 * reworded or dropped. What scorecards already used stays, so every past rating keeps its meaning.
 */
@ApplicationScoped
public class Kits {

    private final CurrentUser currentUser;
    private final VacancyService vacancies;
    private final Interviews interviews;
    private final AuditLog audit;

    public Kits(CurrentUser currentUser, VacancyService vacancies, Interviews interviews, AuditLog audit) {
        this.currentUser = currentUser;
        this.vacancies = vacancies;
        this.interviews = interviews;
        this.audit = audit;
    }

    /** The vacancy, if the current user may set up its kit: recruiters, admins and the vacancy's hiring manager. */
    public Vacancy vacancy(long vacancyId) {
        Vacancy vacancy = vacancies.get(vacancyId);
        if (!currentUser.canManageVacancies()
                && (vacancy.hiringManager == null || !vacancy.hiringManager.id.equals(currentUser.getId()))) {
            throw new ForbiddenException();
        }
        return vacancy;
    }

    public List<Competency> kit(long vacancyId) {
        vacancy(vacancyId);
        return interviews.kit(vacancyId);
    }

    @Transactional
    public InterviewQuestion addQuestion(long vacancyId, QuestionForm form) {
        Competency competency = competency(vacancyId, form.competencyId);
        InterviewQuestion question = new InterviewQuestion();
        question.competency = competency;
        question.kind = form.kind;
        question.text = dutchAndEnglish(form.textNl, form.textEn);
        question.sortOrder = competency.questions.stream().mapToInt(q -> q.sortOrder).max().orElse(0) + 1;
        question.persist();
        audit.record(AuditAction.KIT_CHANGED, AuditLog.VACANCY, vacancyId);
        return question;
    }

    /**
     * Takes a question out of the kit. Interviews planned with it keep asking it, so it is retired rather than deleted;
     * a question answered on an interview that uses the whole kit stays in the kit.
     *
     * @return whether the question was retired rather than deleted
     */
    @Transactional
    public boolean removeQuestion(long vacancyId, long questionId) {
        InterviewQuestion question = InterviewQuestion.<InterviewQuestion> findByIdOptional(questionId)
                .filter(found -> Long.valueOf(vacancyId).equals(found.competency.vacancyId) && !found.retired)
                .orElseThrow(NotFoundException::new);
        vacancy(vacancyId);
        boolean planned = Interview.anyAsks(questionId);
        if (planned) {
            question.retired = true;
        } else if (ScorecardRating.anyForQuestion(questionId) || ScorecardNote.anyForQuestion(questionId)) {
            throw new RuleViolation("kit-in-use", "Question " + questionId + " has answers");
        } else {
            question.delete();
        }
        audit.record(AuditAction.KIT_CHANGED, AuditLog.VACANCY, vacancyId);
        return planned;
    }

    @Transactional
    public void rewordCompetency(long vacancyId, long competencyId, CompetencyForm form) {
        Competency competency = competency(vacancyId, competencyId);
        if (ScorecardRating.anyForCompetency(competencyId)) {
            throw new RuleViolation("kit-in-use", "Competency " + competencyId + " has ratings; its meaning stays");
        }
        competency.name = dutchAndEnglish(form.nameNl, form.nameEn);
        competency.description = dutchAndEnglish(form.descriptionNl, form.descriptionEn);
        competency.anchor1 = dutchAndEnglish(form.anchor1Nl, form.anchor1En);
        competency.anchor3 = dutchAndEnglish(form.anchor3Nl, form.anchor3En);
        competency.anchor5 = dutchAndEnglish(form.anchor5Nl, form.anchor5En);
        audit.record(AuditAction.KIT_CHANGED, AuditLog.VACANCY, vacancyId);
    }

    @Transactional
    public void removeCompetency(long vacancyId, long competencyId) {
        Competency competency = competency(vacancyId, competencyId);
        if (ScorecardRating.anyForCompetency(competencyId) || ScorecardNote.anyForCompetency(competencyId)
                || Interview.anyAsksAbout(competencyId)) {
            throw new RuleViolation("kit-in-use", "Competency " + competencyId + " has ratings or planned questions");
        }
        if (Competency.countForVacancy(vacancyId) == 1) {
            throw new RuleViolation("kit-last-competency", "A kit keeps at least one competency");
        }
        competency.delete();
        audit.record(AuditAction.KIT_CHANGED, AuditLog.VACANCY, vacancyId);
    }

    /** Without an English text the Dutch one stands in, rather than an English text that says something else. */
    /** A kit text as typed; the English one may follow later, until then the Dutch one stands in. */
    private static LocalizedText dutchAndEnglish(String dutch, String english) {
        String nl = dutch.strip();
        return new LocalizedText(nl, english == null || english.isBlank() ? nl : english.strip(), null);
    }

    private Competency competency(long vacancyId, Long competencyId) {
        vacancy(vacancyId);
        interviews.kit(vacancyId);
        return Competency.<Competency> findByIdOptional(competencyId)
                .filter(found -> Long.valueOf(vacancyId).equals(found.vacancyId))
                .orElseThrow(() -> new RuleViolation("kit-competency-invalid", "Competency " + competencyId + " is not in this kit"));
    }
}
