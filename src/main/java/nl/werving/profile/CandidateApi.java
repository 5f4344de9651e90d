package nl.werving.profile;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import nl.werving.candidate.DocumentInfo;
import nl.werving.identity.Roles;
import nl.werving.pipeline.ProfileApplication;
import nl.werving.profile.CandidateProfiles.Profile;

/** A candidate's contact data and applications, as the profile page shows them; every read is on record. */
@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
@Tag(name = "Candidates")
public class CandidateApi {

    public record CandidateJson(long id, String fullName, String email, String phone, String locale,
            List<ProfileApplication> applications, List<DocumentInfo> documents) {
    }

    @Inject
    CandidateProfiles profiles;

    @GET
    @Path("{id}")
    @Operation(summary = "One candidate; 403 for a hiring manager without an application on an own vacancy")
    public CandidateJson get(@RestPath long id) {
        Profile profile = profiles.view(id);
        return new CandidateJson(profile.candidate().id, profile.candidate().fullName(), profile.candidate().email(),
                profile.candidate().phone(), profile.candidate().locale, profile.applications(), profile.documents());
    }
}
