package nl.werving.interview;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.interview.Scorecards.Guide;
import nl.werving.interview.Scorecards.Sheet;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** One interview: changing or cancelling it, and each interviewer's scorecard. */
@Path("/app/interviews/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class InterviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(Sheet sheet, ScorecardInput input, FormErrors errors, boolean conflict,
                AmendInput amend);

        static native TemplateInstance autosaved(Sheet sheet, Autosave autosave, FormErrors errors);

        static native TemplateInstance guide(Guide guide);
    }

    /** How an autosave ended, for the status line beside the buttons. */
    public enum AutosaveOutcome {
        SAVED, INVALID, CONFLICT, LOCKED, CANCELLED
    }

    /** The answer to an autosave: the outcome, the scorecard's version to send next, and when it was saved. */
    public record Autosave(AutosaveOutcome outcome, Long version, Instant savedAt) {
    }

    /** The amendment form as entered. */
    public record AmendInput(String target, Integer rating, Recommendation recommendation, String reason, FormErrors errors) {

        static AmendInput empty() {
            return new AmendInput(null, null, null, null, FormErrors.none());
        }

        public boolean isTarget(Long competencyId) {
            return String.valueOf(competencyId).equals(target);
        }
    }

    @Inject
    Interviews interviews;

    @Inject
    Scorecards scorecards;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public TemplateInstance edit(@RestPath long id) {
        Interview interview = interviews.get(id);
        InterviewForm form = InterviewForm.of(interview);
        if (form.questionIds.isEmpty()) {
            // Planned before interviews had their own questions: offer the defaults, with what was answered.
            form.kind = InterviewKind.FINAL;
            form.questionIds = interviews.defaultQuestions(interview.application.vacancy.id, form.kind, interview);
        }
        return AssessmentResource.interviewForm(interviews, interview.application, interview, form, FormErrors.none(), false);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response reschedule(@RestPath long id, @BeanParam InterviewForm form) {
        if (form.wantsDefaults()) {
            Interview interview = interviews.get(id);
            form.questionIds = interviews.defaultQuestions(interview.application.vacancy.id, form.kind, interview);
            return Response.ok(AssessmentResource.interviewForm(interviews, interview.application, interview, form, FormErrors.none(),
                    false)).build();
        }
        InterviewMessages messages = messages();
        FormErrors errors = FormErrors.of(validator.validate(form));
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                Interview interview = interviews.reschedule(id, form);
                List<String> unreachable = interview.interviewersWithoutEmail();
                flash.success(unreachable.isEmpty() ? messages.interviewChanged()
                        : messages.interviewChangedNoMail(String.join(", ", unreachable)));
                return toAssessment(interview);
            } catch (OptimisticLockException e) {
                conflict = true;
                form.version = interviews.get(id).version;
            } catch (RuleViolation e) {
                InterviewFormErrors.add(errors, e, messages);
            }
        }
        Interview interview = interviews.get(id);
        return Response.status(conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(AssessmentResource.interviewForm(interviews, interview.application, interview, form, errors, conflict))
                .build();
    }

    @POST
    @Path("cancel")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response cancel(@RestPath long id, @RestForm Long version) {
        try {
            Interview interview = interviews.cancel(id, version);
            flash.success(messages().interviewCancelled());
            return toAssessment(interview);
        } catch (OptimisticLockException e) {
            flash.error(messages().interviewConflict());
            return toAssessment(interviews.get(id));
        } catch (RuleViolation e) {
            flash.error(messages().cannotCancel());
            return toAssessment(interviews.get(id));
        }
    }

    @GET
    @Path("scorecard")
    public TemplateInstance scorecard(@RestPath long id) {
        Sheet sheet = scorecards.sheet(id);
        return Templates.scorecard(sheet, ScorecardInput.of(sheet), FormErrors.none(), false, AmendInput.empty());
    }

    @POST
    @Path("scorecard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveScorecard(@RestPath long id, MultivaluedMap<String, String> form) {
        InterviewMessages messages = messages();
        Sheet sheet = scorecards.sheet(id);
        ScorecardInput input = ScorecardInput.read(form, sheet.kit());
        FormErrors errors = input.validate(validator, sheet.kit(), locale.get().getLanguage());
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                scorecards.save(id, input);
                flash.success(input.submit() ? messages.scorecardSubmitted() : messages.scorecardSaved());
                return Response.seeOther(URI.create(input.submit() ? "/app/assessments/" + sheet.interview().application.id
                        : "/app/interviews/" + id + "/scorecard")).build();
            } catch (OptimisticLockException e) {
                conflict = true;
                sheet = scorecards.sheet(id);
                input = new ScorecardInput(input.answers(), input.competencyRatings(), input.recommendation(), input.notes(),
                        sheet.scorecard().version, false);
            }
        }
        return Response.status(conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.scorecard(sheet, input, errors, conflict, AmendInput.empty())).build();
    }

    /**
     * Saves the draft as the interviewer types (the page posts the whole form, debounced). Text is always kept; a rating
     * without Action and Result is left out and its message shown beside the answer. A save from a stale page (another
     * tab or device saved in between) or after submitting is refused and overwrites nothing.
     */
    @POST
    @Path("scorecard/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autosave(@RestPath long id, MultivaluedMap<String, String> form) {
        Sheet sheet;
        try {
            sheet = scorecards.sheet(id);
        } catch (RuleViolation e) {
            return autosaved(null, new Autosave(AutosaveOutcome.CANCELLED, null, null), FormErrors.none());
        }
        String language = locale.get().getLanguage();
        ScorecardInput input = ScorecardInput.read(form, sheet.kit()).asDraft();
        FormErrors unbacked = input.validate(validator, sheet.kit(), language);
        ScorecardInput kept = input.withoutUnbackedRatings();
        FormErrors errors = kept.validate(validator, sheet.kit(), language);
        if (!errors.isEmpty()) {
            return autosaved(sheet, new Autosave(AutosaveOutcome.INVALID, null, null), errors);
        }
        try {
            Scorecard saved = scorecards.save(id, kept);
            return autosaved(sheet, new Autosave(AutosaveOutcome.SAVED, saved.version, Instant.now(clock)), unbacked);
        } catch (OptimisticLockException e) {
            return autosaved(sheet, new Autosave(AutosaveOutcome.CONFLICT, null, null), FormErrors.none());
        } catch (RuleViolation e) {
            return autosaved(sheet, new Autosave("scorecard-locked".equals(e.code()) ? AutosaveOutcome.LOCKED
                    : AutosaveOutcome.CANCELLED, null, null), FormErrors.none());
        }
    }

    /** The interview's questions with room for notes, to print for an interviewer who writes on paper first. */
    @GET
    @Path("guide")
    public TemplateInstance guide(@RestPath long id) {
        return Templates.guide(scorecards.guide(id));
    }

    @POST
    @Path("scorecard/amend")
    public Response amend(@RestPath long id, @BeanParam AmendmentForm form) {
        FormErrors errors = FormErrors.none().addAll(validator.validate(form), AmendmentForm::field);
        if (errors.isEmpty()) {
            try {
                scorecards.amend(id, form.competencyId(), form.rating, form.recommendation, form.reason);
                flash.success(messages().amended());
                return Response.seeOther(URI.create("/app/interviews/" + id + "/scorecard")).build();
            } catch (RuleViolation e) {
                if (!"amendment-invalid".equals(e.code())) {
                    throw e;
                }
                errors.add(AmendmentForm.field("target"), messages().amendTargetRequired());
            }
        }
        Sheet sheet = scorecards.sheet(id);
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.scorecard(sheet, ScorecardInput.of(sheet),
                FormErrors.none(), false, new AmendInput(form.target, form.rating, form.recommendation, form.reason, errors))).build();
    }

    private static Response autosaved(Sheet sheet, Autosave autosave, FormErrors errors) {
        Response.Status status = switch (autosave.outcome()) {
            case SAVED -> Response.Status.OK;
            case INVALID -> Response.Status.BAD_REQUEST;
            case CONFLICT, LOCKED, CANCELLED -> Response.Status.CONFLICT;
        };
        return PersonalData.uncached(Response.status(status).entity(Templates.autosaved(sheet, autosave, errors)));
    }

    private InterviewMessages messages() {
        return locale.bundle(InterviewMessages.class);
    }

    private static Response toAssessment(Interview interview) {
        return Response.seeOther(URI.create("/app/assessments/" + interview.application.id)).build();
    }
}
