package nl.werving.profile;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.privacy.CandidateRights;
import nl.werving.profile.CandidateProfiles.DocumentFile;
import nl.werving.profile.CandidateProfiles.Profile;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** The candidate profile page, the candidate's documents, and the team's notes. */
@Path("/app/candidates/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateResource {

    static final int NOTE_MAX = 4000;

    /** The site's policy, except that our own pages may frame the document (the CV beside the profile); nobody else may. */
    static final String INLINE_DOCUMENT_POLICY = "default-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'self'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Profile profile, String note, FormErrors errors);
    }

    /** A team note as the profile page sends it. */
    record NoteForm(@NotBlank(message = "{profile.note.required}") @Size(max = NOTE_MAX, message = "{profile.note.size}") String body) {
    }

    @Inject
    CandidateProfiles profiles;

    @Inject
    CandidateRights rights;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response profile(@RestPath long id) {
        return PersonalData.uncached(Response.ok(Templates.profile(profiles.view(id), "", FormErrors.none())));
    }

    /** Shown in the browser ({@code ?download=true} saves it), never guessed at: type and name come from the check at upload. */
    @GET
    @Path("documents/{documentId}")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })
    public Response document(@RestPath long id, @RestPath long documentId, @RestQuery boolean download) {
        DocumentFile file = profiles.document(id, documentId, download);
        boolean inline = !download && "application/pdf".equals(file.contentType());
        String disposition = (inline ? "inline" : "attachment")
                + "; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9 ._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        Response.ResponseBuilder response = Response.ok(file.content(), file.contentType()).header("Content-Disposition", disposition);
        if (inline) {
            // Shown in a frame beside the profile: our own pages may frame it, nobody else's.
            response.header("Content-Security-Policy", INLINE_DOCUMENT_POLICY).header("X-Frame-Options", "SAMEORIGIN");
        }
        return PersonalData.uncached(response);
    }

    @POST
    @Path("notes")
    public Response addNote(@RestPath long id, @RestForm String body, @RestForm Long applicationId) {
        ProfileMessages msg = locale.bundle(ProfileMessages.class);
        FormErrors errors = FormErrors.of(validator.validate(new NoteForm(body)));
        if (!errors.isEmpty()) {
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST).entity(Templates.profile(profiles.view(id), body, errors)));
        }
        profiles.addNote(id, applicationId, body);
        flash.success(msg.noteAdded());
        return Response.seeOther(URI.create("/app/candidates/" + id + "#notes")).build();
    }

    /** A request for access received by mail: the same ZIP the candidate gets from the status page. */
    @GET
    @Path("export")
    @Produces("application/zip")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response export(@RestPath long id) {
        byte[] zip = rights.export(id);
        return PersonalData.uncached(Response.ok(zip).header("Content-Disposition", "attachment; filename=\"kandidaat-" + id + ".zip\""));
    }

    /** A request for erasure received by mail: carried out at once, unless a legal hold stands. */
    @POST
    @Path("erase")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response erase(@RestPath long id, @RestForm boolean confirm) {
        ProfileMessages msg = locale.bundle(ProfileMessages.class);
        if (!confirm) {
            flash.error(msg.eraseConfirmRequired());
            return Response.seeOther(URI.create("/app/candidates/" + id + "#rights")).build();
        }
        try {
            rights.erase(id);
        } catch (RuleViolation onHold) {
            flash.error(msg.eraseOnHold());
            return Response.seeOther(URI.create("/app/candidates/" + id + "#rights")).build();
        }
        flash.success(msg.erased());
        return Response.seeOther(URI.create("/app/vacancies")).build();
    }
}
