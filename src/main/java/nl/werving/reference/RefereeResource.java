package nl.werving.reference;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import nl.werving.reference.RefereeQuestionnaires.Invitation;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;

/** The referee's questionnaire behind the link in their mail: answer once, or decline. */
@Path("/referee/{token}")
@Produces(MediaType.TEXT_HTML)
public class RefereeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questionnaire(String token, Invitation invitation, QuestionnaireForm form, FormErrors errors);

        static native TemplateInstance done(boolean answered);

        static native TemplateInstance gone(LinkGone.Reason reason);
    }

    @Inject
    RefereeQuestionnaires questionnaires;

    @Inject
    Validator validator;

    @GET
    public Response questionnaire(@RestPath String token) {
        return PersonalData.uncached(Response.ok(
                Templates.questionnaire(token, questionnaires.open(token), QuestionnaireForm.empty(), FormErrors.none())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath String token, MultivaluedMap<String, String> fields) {
        QuestionnaireForm form = QuestionnaireForm.from(fields);
        FormErrors errors = form.validate(validator);
        if (!errors.isEmpty()) {
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.questionnaire(token, questionnaires.open(token), form, errors)));
        }
        questionnaires.answer(token, form);
        return PersonalData.uncached(Response.ok(Templates.done(true)));
    }

    @POST
    @Path("decline")
    public Response decline(@RestPath String token) {
        questionnaires.decline(token);
        return PersonalData.uncached(Response.ok(Templates.done(false)));
    }

    /** A link that was used, ran out or was called off: 410 with a page that says which, never the questionnaire. */
    @ServerExceptionMapper
    public Response gone(LinkGone e) {
        return Response.status(Response.Status.GONE).entity(Templates.gone(e.reason())).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }
}
