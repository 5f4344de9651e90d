package nl.werving.careers;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import nl.werving.pipeline.CandidateApplication;
import nl.werving.pipeline.PipelineService;
import nl.werving.privacy.CandidateRights;
import nl.werving.reference.RefereesForm;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.ReferenceChecks;
import nl.werving.reference.ReferenceMessages;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;
import nl.werving.web.WervingConfig;

/** The candidate's own page, opened by the link from their mail: where each application stands, and withdrawing. */
@Path("/status/{token}")
@Produces(MediaType.TEXT_HTML)
public class StatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(String token, List<CandidateApplication> applications, List<ReferenceCheck> references);

        static native TemplateInstance references(String token, ReferenceCheck check, RefereesForm form, FormErrors errors,
                int retentionDays);
    }

    @Inject
    CandidateService candidates;

    @Inject
    PipelineService pipeline;

    @Inject
    CandidateRights rights;

    @Inject
    ReferenceChecks references;

    @Inject
    WervingConfig config;

    @Inject
    Retention retention;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response status(@RestPath String token) {
        long candidateId = candidate(token);
        return PersonalData.uncached(Response.ok(Templates.status(token, pipeline.applicationsOf(candidateId),
                references.ofCandidate(candidateId))));
    }

    @POST
    @Path("applications/{applicationId}/withdraw")
    public Response withdraw(@RestPath String token, @RestPath long applicationId) {
        long candidateId = candidate(token);
        CareersMessages msg = locale.bundle(CareersMessages.class);
        try {
            pipeline.withdraw(applicationId, candidateId);
            flash.success(msg.withdrawn());
        } catch (RuleViolation alreadyEnded) {
            flash.error(msg.alreadyEnded());
        }
        return Response.seeOther(URI.create("/status/" + token)).build();
    }

    /** Everything Werving holds about the candidate, as a ZIP to keep. */
    @GET
    @Path("export")
    @Produces("application/zip")
    public Response export(@RestPath String token) {
        byte[] zip = rights.export(candidate(token));
        return PersonalData.uncached(Response.ok(zip).header("Content-Disposition", "attachment; filename=\"werving-mijn-gegevens.zip\""));
    }

    /** Erasure at once: the link stops working, and the careers site says it is done. */
    @POST
    @Path("erase")
    public Response erase(@RestPath String token, @RestForm boolean confirm) {
        long candidateId = candidate(token);
        CareersMessages msg = locale.bundle(CareersMessages.class);
        if (!confirm) {
            flash.error(msg.eraseConfirmRequired());
            return Response.seeOther(URI.create("/status/" + token + "#my-data")).build();
        }
        try {
            rights.erase(candidateId);
        } catch (RuleViolation onHold) {
            flash.error(msg.eraseOnHold());
            return Response.seeOther(URI.create("/status/" + token + "#my-data")).build();
        }
        flash.success(msg.erased());
        return Response.seeOther(URI.create("/")).build();
    }

    /** The reference request: name up to three referees with a consent each, or decline to name any. */
    @GET
    @Path("references/{checkId}")
    public Response referencesForm(@RestPath String token, @RestPath long checkId) {
        ReferenceCheck check = references.ofCandidate(candidate(token), checkId);
        if (!check.isAwaitingCandidate()) {
            return toReferences(token, checkId);
        }
        return PersonalData.uncached(Response.ok(referencesPage(token, check, RefereesForm.empty(), FormErrors.none())));
    }

    @POST
    @Path("references/{checkId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nameReferees(@RestPath String token, @RestPath long checkId, MultivaluedMap<String, String> fields) {
        long candidateId = candidate(token);
        ReferenceMessages msg = locale.bundle(ReferenceMessages.class);
        RefereesForm form = RefereesForm.from(fields);
        FormErrors errors = form.validate(msg);
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
    @Path("references/{checkId}/refuse")
    public Response refuseReferences(@RestPath String token, @RestPath long checkId) {
        ReferenceMessages msg = locale.bundle(ReferenceMessages.class);
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
    @Path("references/{checkId}/withdraw")
    public Response withdrawReferences(@RestPath String token, @RestPath long checkId, @RestForm Long refereeId) {
        ReferenceMessages msg = locale.bundle(ReferenceMessages.class);
        try {
            references.withdraw(candidate(token), checkId, refereeId);
            flash.success(msg.withdrawnFlash());
        } catch (RuleViolation notOpen) {
            flash.error(msg.notOpen());
        }
        return toReferences(token, checkId);
    }

    @POST
    @Path("references/{checkId}/response")
    public Response respondToReferences(@RestPath String token, @RestPath long checkId, @RestForm String response) {
        ReferenceMessages msg = locale.bundle(ReferenceMessages.class);
        response = FormFields.lines(response);
        if (response == null || response.isBlank() || response.length() > ReferenceCheck.RESPONSE_MAX) {
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

    private static Response toReferences(String token, long checkId) {
        return Response.seeOther(URI.create("/status/" + token + "#references-" + checkId)).build();
    }

    /** An unknown, forged or expired link gets the same 404 as any missing page. */
    private long candidate(String token) {
        return candidates.candidateForStatusToken(token).orElseThrow(NotFoundException::new);
    }
}
