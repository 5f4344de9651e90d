package nl.werving.reference;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import nl.werving.candidate.CandidateService;
import nl.werving.personaldata.Retention;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/**
 * A reference request as the candidate answers it, from their status page: name up to three referees with a consent
 * each or decline to name any, withdraw consent, and respond to what the referees said.
 */
@Path("/status/{token}/references/{checkId}")
@Produces(MediaType.TEXT_HTML)
public class ReferenceRequestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance references(String token, ReferenceCheck check, RefereesForm form, FormErrors errors,
                int retentionDays);
    }

    /** The candidate's response to the answers, as the status page sends it. */
    record CandidateResponse(@NotBlank @Size(max = ReferenceCheck.RESPONSE_MAX) String response) {
    }

    @Inject
    CandidateService candidates;

    @Inject
    ReferenceChecks references;

    @Inject
    Retention retention;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response referencesForm(@RestPath String token, @RestPath long checkId) {
        ReferenceCheck check = references.ofCandidate(candidate(token), checkId);
        if (!check.isAwaitingCandidate()) {
            return toReferences(token, checkId);
        }
        return PersonalData.uncached(Response.ok(referencesPage(token, check, RefereesForm.empty(), FormErrors.none())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nameReferees(@RestPath String token, @RestPath long checkId, MultivaluedMap<String, String> fields) {
        long candidateId = candidate(token);
        RefereesForm form = RefereesForm.from(fields);
        ReferenceMessages msg = messages();
        FormErrors errors = form.validate(validator, msg);
        if (!errors.isEmpty()) {
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST)
                    .entity(referencesPage(token, references.ofCandidate(candidateId, checkId), form, errors)));
        }
        try {
            references.name(candidateId, checkId, form);
            flash.success(msg.named());
        } catch (RuleViolation e) {
            flash.error("ended".equals(e.code()) ? msg.applicationEnded() : msg.alreadyAnswered());
        }
        return toReferences(token, checkId);
    }

    @POST
    @Path("refuse")
    public Response refuseReferences(@RestPath String token, @RestPath long checkId) {
        ReferenceMessages msg = messages();
        try {
            references.refuse(candidate(token), checkId);
            flash.success(msg.refused());
        } catch (RuleViolation e) {
            flash.error("ended".equals(e.code()) ? msg.applicationEnded() : msg.alreadyAnswered());
        }
        return toReferences(token, checkId);
    }

    /** Withdraws the consent for one referee, or for all when no referee is given. */
    @POST
    @Path("withdraw")
    public Response withdrawReferences(@RestPath String token, @RestPath long checkId, @RestForm Long refereeId) {
        ReferenceMessages msg = messages();
        try {
            references.withdraw(candidate(token), checkId, refereeId);
            flash.success(msg.withdrawnFlash());
        } catch (RuleViolation notOpen) {
            flash.error(msg.notOpen());
        }
        return toReferences(token, checkId);
    }

    @POST
    @Path("response")
    public Response respondToReferences(@RestPath String token, @RestPath long checkId, @RestForm String response) {
        ReferenceMessages msg = messages();
        response = FormFields.lines(response);
        if (!validator.validate(new CandidateResponse(response)).isEmpty()) {
            flash.error(msg.responseRequired(ReferenceCheck.RESPONSE_MAX));
        } else {
            try {
                references.respond(candidate(token), checkId, response);
                flash.success(msg.responded());
            } catch (RuleViolation noFindings) {
                flash.error(msg.noFindings());
            } catch (OptimisticLockException changedMeanwhile) {
                flash.error(msg.conflict());
            }
        }
        return toReferences(token, checkId);
    }

    private TemplateInstance referencesPage(String token, ReferenceCheck check, RefereesForm form, FormErrors errors) {
        return Templates.references(token, check, form, errors, retention.retentionDays());
    }

    private ReferenceMessages messages() {
        return locale.bundle(ReferenceMessages.class);
    }

    private static Response toReferences(String token, long checkId) {
        return Response.seeOther(URI.create("/status/" + token + "#references-" + checkId)).build();
    }

    /** An unknown, forged or expired link gets the same 404 as any missing page. */
    private long candidate(String token) {
        return candidates.candidateForStatusToken(token).orElseThrow(NotFoundException::new);
    }
}
