package nl.werving.survey;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.survey.SurveyInvitations.Invitation;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;

/** The survey behind the link in the mail: answer once, without logging in, in the candidate's language. */
@Path("/survey/{token}")
@Produces(MediaType.TEXT_HTML)
public class SurveyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(String token, Invitation invitation, SurveyForm form, FormErrors errors, int minimum);

        static native TemplateInstance thanks();

        static native TemplateInstance gone(boolean expired);
    }

    @Inject
    SurveyInvitations invitations;

    @Inject
    RequestLocale locale;

    @GET
    public Response survey(@RestPath String token) {
        Invitation invitation = open(token);
        return PersonalData.uncached(Response.ok(Templates.survey(token, invitation, SurveyForm.empty(), FormErrors.none(),
                SurveyResults.MINIMUM_GROUP)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath String token, MultivaluedMap<String, String> fields) {
        Invitation invitation = open(token);
        SurveyForm form = SurveyForm.from(fields);
        FormErrors errors = form.validate(locale.bundle(SurveyMessages.class));
        if (!errors.isEmpty()) {
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.survey(token, invitation, form, errors, SurveyResults.MINIMUM_GROUP)));
        }
        invitations.answer(token, form.toAnswers());
        return PersonalData.uncached(Response.ok(Templates.thanks()));
    }

    /** A used, unknown or expired link: 410 with a page that says so, never the survey. */
    @ServerExceptionMapper
    public Response gone(SurveyGone e) {
        return PersonalData.uncached(Response.status(Response.Status.GONE).entity(Templates.gone(e.expired()))
                .type(MediaType.TEXT_HTML_TYPE));
    }

    private Invitation open(String token) {
        Invitation invitation = invitations.open(token);
        locale.preferUnlessChosen(invitation.language());
        return invitation;
    }
}
