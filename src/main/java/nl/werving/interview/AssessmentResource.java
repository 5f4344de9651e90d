package nl.werving.interview;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.interview.Assessments.Overview;
import nl.werving.pipeline.Application;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** The assessment of one application: interviews, the scores side by side, and planning a new interview. */
@Path("/app/assessments/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class AssessmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assessment(Overview overview);

        static native TemplateInstance interviewForm(Application application, Interview interview, InterviewForm form,
                List<AppUser> people, List<ChosenCompetency> kit, Answered answered, FormErrors errors, boolean conflict);
    }

    /** The questions of an interview with answers on a scorecard: they stay, and the form says so beside them. */
    public record Answered(Set<Long> questionIds) {

        public boolean has(Long questionId) {
            return questionIds.contains(questionId);
        }

        public boolean isEmpty() {
            return questionIds.isEmpty();
        }
    }

    /** The planning form of a new interview ({@code interview} null) or of a change. */
    static TemplateInstance interviewForm(Interviews interviews, Application application, Interview interview, InterviewForm form,
            FormErrors errors, boolean conflict) {
        return Templates.interviewForm(application, interview, form, interviews.possibleInterviewers(),
                interviews.offered(application.vacancy.id, interview),
                new Answered(interview == null ? Set.of() : interviews.answered(interview.id)),
                errors, conflict);
    }

    @Inject
    Assessments assessments;

    @Inject
    Interviews interviews;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance assessment(@RestPath long id) {
        return Templates.assessment(assessments.overview(id));
    }

    @GET
    @Path("interviews/new")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public TemplateInstance newInterview(@RestPath long id) {
        Application application = interviews.application(id);
        InterviewForm form = InterviewForm.next();
        form.questionIds = interviews.defaultQuestions(application.vacancy.id, form.kind, null);
        return interviewForm(interviews, application, null, form, FormErrors.none(), false);
    }

    @POST
    @Path("interviews")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response schedule(@RestPath long id, @BeanParam InterviewForm form) {
        if (form.wantsDefaults()) {
            Application application = interviews.application(id);
            form.questionIds = interviews.defaultQuestions(application.vacancy.id, form.kind, null);
            return Response.ok(interviewForm(interviews, application, null, form, FormErrors.none(), false)).build();
        }
        InterviewMessages messages = locale.bundle(InterviewMessages.class);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                List<String> unreachable = interviews.schedule(id, form).interviewersWithoutEmail();
                flash.success(unreachable.isEmpty() ? messages.interviewScheduled()
                        : messages.interviewScheduledNoMail(String.join(", ", unreachable)));
                return Response.seeOther(URI.create("/app/assessments/" + id)).build();
            } catch (RuleViolation e) {
                InterviewFormErrors.add(errors, e, messages);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(interviewForm(interviews, interviews.application(id), null, form,
                errors, false)).build();
    }
}
