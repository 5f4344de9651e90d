package nl.werving.profile;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import nl.werving.profile.CandidateDuplicates.Comparison;
import nl.werving.profile.CandidateDuplicates.Merged;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/**
 * Two candidates side by side ({@code ?with=}), and merging them into the one the user keeps. The form carries the
 * versions of both as shown, so a change in the meantime is refused rather than merged over.
 */
@Path("/app/candidates/{id}/merge")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class CandidateMergeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(Comparison comparison, Long keep, boolean confirm, FormErrors errors, String refusal);
    }

    @Inject
    CandidateDuplicates duplicates;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response compare(@RestPath long id, @RestQuery Long with) {
        if (with == null) {
            throw new NotFoundException();
        }
        Comparison comparison = duplicates.compare(id, with);
        String refusal = comparison.isBlocked() ? refusal(comparison) : null;
        return page(Response.Status.OK, comparison, null, false, FormErrors.none(), refusal);
    }

    @POST
    public Response merge(@RestPath long id, @RestForm Long with, @RestForm Long keep, @RestForm long version, @RestForm long otherVersion,
            @RestForm boolean confirm) {
        MergeMessages msg = locale.bundle(MergeMessages.class);
        if (with == null) {
            throw new NotFoundException();
        }
        FormErrors errors = FormErrors.none();
        if (keep == null || keep != id && !keep.equals(with)) {
            errors.add("keep", msg.keepRequired());
        }
        if (!confirm) {
            errors.add("confirm", msg.confirmRequired());
        }
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, duplicates.compare(id, with), keep, confirm, errors, null);
        }
        boolean keepThis = keep == id;
        long duplicateId = keepThis ? with : id;
        try {
            Merged merged = duplicates.merge(duplicateId, keepThis ? otherVersion : version, keep, keepThis ? version : otherVersion);
            flash.success(msg.merged(merged.duplicateName(), merged.applications(), merged.documents()));
            return Response.seeOther(URI.create("/app/candidates/" + keep)).build();
        } catch (RuleViolation refused) {
            if ("gone".equals(refused.code())) {
                // Nothing left to compare: say so where the user can go on.
                flash.error(msg.refusedGone());
                return Response.seeOther(URI.create("/app/candidates")).build();
            }
            Comparison comparison = duplicates.compare(id, with);
            String refusal = switch (refused.code()) {
                case "same-candidate" -> msg.refusedSameCandidate();
                case "stale" -> msg.refusedStale();
                case "on-hold" -> msg.refusedOnHold();
                case "open-request" -> msg.refusedOpenRequest();
                case "same-vacancy" -> msg.refusedSameVacancy(String.join(", ", comparison.sharedVacancies()));
                default -> throw refused;
            };
            return page(Response.Status.CONFLICT, comparison, keep, false, FormErrors.none(), refusal);
        }
    }

    private String refusal(Comparison comparison) {
        MergeMessages msg = locale.bundle(MergeMessages.class);
        if (comparison.one().candidate().id.equals(comparison.other().candidate().id)) {
            return msg.refusedSameCandidate();
        }
        if (comparison.onHold()) {
            return msg.refusedOnHold();
        }
        if (comparison.openRequest()) {
            return msg.refusedOpenRequest();
        }
        return msg.refusedSameVacancy(String.join(", ", comparison.sharedVacancies()));
    }

    private static Response page(Response.Status status, Comparison comparison, Long keep, boolean confirm, FormErrors errors,
            String refusal) {
        return PersonalData.uncached(Response.status(status).entity(Templates.compare(comparison, keep, confirm, errors, refusal)));
    }
}
