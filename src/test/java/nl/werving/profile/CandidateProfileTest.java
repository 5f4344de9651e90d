package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.CandidateDocument;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.TestFiles;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class CandidateProfileTest {

    private static long documentOf(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> CandidateDocument.listForApplication(application.id).get(0).id);
    }

    private static List<AuditAction> auditOf(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.forEntity(type, id).stream().map(e -> e.action).toList());
    }

    @Test
    void showsContactApplicationsDocumentsAndTimelineAndRecordsTheView() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Roos Hermans").withEmail("roos.hermans@voorbeeld.nl").persist();
        long candidateId = application.candidate.id;

        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + candidateId).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Roos Hermans")).body(containsString("roos.hermans@voorbeeld.nl"))
                .body(containsString(vacancy.title)).body(containsString("cv-kandidaat.pdf"))
                .body(containsString("Solliciteerde op " + vacancy.title + " via de website"));

        assertEquals(List.of(AuditAction.CANDIDATE_VIEWED), auditOf("candidate", candidateId));
    }

    @Test
    void servesTheCvWithSafeHeadersAndRecordsTheDownload() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        long document = documentOf(application);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String path = "/app/candidates/" + application.candidate.id + "/documents/" + document;

        Response download = recruiter.get(path + "?download=true");
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"cv-kandidaat.pdf\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        assertArrayEquals(TestFiles.pdf(), download.asByteArray());
        recruiter.get(path).then().statusCode(200).header("Content-Disposition", containsString("inline"));

        assertEquals(List.of(AuditAction.DOCUMENT_DOWNLOADED, AuditAction.DOCUMENT_VIEWED), auditOf("document", document));
    }

    @Test
    void hiringManagersSeeOnlyCandidatesOfTheirOwnVacancies() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy own = aVacancy().published().managedBy(manager).persist();
        Vacancy other = aVacancy().titled("Andermans vacature " + System.nanoTime()).published().persist();
        Application mine = anApplication().to(own).persist();
        Application theirs = anApplication().to(other).persist();
        WebSession session = WebSession.as(manager);

        session.get("/app/candidates/" + mine.candidate.id).then().statusCode(200);
        session.get("/app/candidates/" + theirs.candidate.id).then().statusCode(403);
        session.get("/app/candidates/" + theirs.candidate.id + "/documents/" + documentOf(theirs)).then().statusCode(403);
    }

    @Test
    void aManagerDoesNotSeeTheCandidatesOtherApplications() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy own = aVacancy().published().managedBy(manager).persist();
        Vacancy other = aVacancy().titled("Andere vacature " + System.nanoTime()).published().persist();
        String email = "twee.vacatures." + System.nanoTime() + "@voorbeeld.nl";
        Application mine = anApplication().to(own).withEmail(email).persist();
        Application second = QuarkusTransaction.requiringNew().call(() -> {
            Application copy = new Application();
            copy.vacancy = Vacancy.findById(other.id);
            copy.candidate = nl.werving.candidate.Candidate.findById(mine.candidate.id);
            copy.stage = nl.werving.pipeline.Stage.firstOf(other.id);
            copy.status = nl.werving.pipeline.ApplicationStatus.ACTIVE;
            copy.source = nl.werving.pipeline.SourceChannel.SITE;
            copy.appliedAt = java.time.Instant.now();
            copy.stageEnteredAt = copy.appliedAt;
            copy.persist();
            return copy;
        });

        WebSession.as(manager).get("/app/candidates/" + mine.candidate.id).then().statusCode(200)
                .body(containsString(own.title)).body(not(containsString(other.title)));
        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + second.candidate.id).then()
                .body(containsString(own.title)).body(containsString(other.title));
    }

    @Test
    void theTeamAddsNotesThatStayWithTheCandidate() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String profile = "/app/candidates/" + application.candidate.id;

        recruiter.post(profile + "/notes", Map.of("body", "Beschikbaar vanaf januari.", "applicationId", application.id))
                .then().statusCode(303);
        recruiter.post(profile + "/notes", Map.of("body", "  ")).then().statusCode(400).body(containsString("Schrijf eerst de notitie."));

        recruiter.get(profile).then().body(containsString("Beschikbaar vanaf januari.")).body(containsString("Notitie bij " + vacancy.title));
        assertTrue(auditOf("candidate", application.candidate.id).contains(AuditAction.NOTE_ADDED));
    }
}
