package nl.werving.careers;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.candidate.CandidateService;
import nl.werving.personaldata.Retention;
import nl.werving.pipeline.CandidateApplication;
import nl.werving.pipeline.PipelineService;
import nl.werving.privacy.CandidateRights;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.ReferenceChecks;
import nl.werving.screening.Screening.KnockoutNotice;
import nl.werving.screening.ScreeningService;
import nl.werving.screening.ScreeningMessages;
import nl.werving.web.Flash;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/**
 * The candidate's own page, opened by the link from their mail: where each application stands, and withdrawing. The
 * reference requests shown on it are answered in {@link nl.werving.reference.ReferenceRequestResource}.
 */
@Path("/status/{token}")
@Produces(MediaType.TEXT_HTML)
public class StatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(String token, List<CandidateApplication> applications, List<ReferenceCheck> references,
                Map<Long, KnockoutNotice> screening, Map<Long, ApplicationProgress> progress);
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
    StatusProgress progress;

    @Inject
    Flash flash;

    @Inject
    ScreeningService screening;

    @Inject
    RequestLocale locale;

    @GET
    public Response status(@RestPath String token) {
        long candidateId = candidate(token);
        // The page speaks the language the candidate applied in, unless they chose another with the switch.
        locale.preferUnlessChosen(candidates.languageOf(candidateId));
        Locale language = locale.get();
        return PersonalData.uncached(Response.ok(Templates.status(token, pipeline.applicationsOf(candidateId, language),
                references.ofCandidate(candidateId), screening.notices(candidateId, language), progress.of(candidateId, language))));
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

    /** The candidate asks a person to review a knock-out (GDPR art. 22); a recruiter takes it from here. */
    @POST
    @Path("applications/{applicationId}/review")
    public Response requestReview(@RestPath String token, @RestPath long applicationId) {
        long candidateId = candidate(token);
        ScreeningMessages msg = locale.bundle(ScreeningMessages.class);
        try {
            screening.requestReview(applicationId, candidateId);
            flash.success(msg.reviewConfirmed());
        } catch (RuleViolation notPossible) {
            flash.error(msg.reviewNotPossible());
        }
        return Response.seeOther(URI.create("/status/" + token + "#application-" + applicationId)).build();
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

    /** An unknown, forged or expired link gets the same 404 as any missing page. */
    private long candidate(String token) {
        return candidates.candidateForStatusToken(token).orElseThrow(NotFoundException::new);
    }
}
