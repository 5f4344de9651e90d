package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.DocumentKind;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.Stage;
import nl.werving.support.Sealed;
import nl.werving.support.TestApplications;
import nl.werving.support.TestFiles;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The profile's part of the pipeline: move, reject and hire, the neighbours in the stage, the CV beside it, the language. */
@QuarkusTest
class ProfilePipelineTest {

    private static final String CONFLICT = "Iemand anders heeft deze kandidaat intussen verplaatst of afgerond.";

    @Test
    void linksThePreviousAndNextCandidateOfTheSameStage() {
        Vacancy vacancy = aVacancy().published().persist();
        Application first = anApplication().to(vacancy).by("Anouk Eerste").inStage(1).persist();
        Application middle = anApplication().to(vacancy).by("Bram Midden").inStage(1).persist();
        Application last = anApplication().to(vacancy).by("Cato Laatste").inStage(1).persist();
        anApplication().to(vacancy).by("Dirk Andere Fase").inStage(2).persist();
        anApplication().to(vacancy).by("Eva Afgewezen").inStage(1).ended(ApplicationStatus.REJECTED).persist();

        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + middle.candidate.id).then().statusCode(200)
                .body(containsString("<a rel=\"prev\" href=\"/app/candidates/" + first.candidate.id + "\">"))
                .body(containsString("Vorige in deze fase: Anouk Eerste"))
                .body(containsString("<a rel=\"next\" class=\"ms-auto\" href=\"/app/candidates/" + last.candidate.id + "\">"))
                .body(containsString("Volgende in deze fase: Cato Laatste"))
                .body(containsString("action=\"/app/applications/" + middle.id + "/move\""))
                .body(containsString("action=\"/app/applications/" + middle.id + "/hire\""))
                .body(containsString("href=\"/app/applications/" + middle.id + "/reject?returnTo=%2Fapp%2Fcandidates%2F" + middle.candidate.id));
        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + last.candidate.id).then()
                .body(containsString("Vorige in deze fase: Bram Midden")).body(not(containsString("Volgende in deze fase")));
    }

    @Test
    void hiringManagersSeeTheNeighboursButNoActions() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
        Application first = anApplication().to(vacancy).by("Floor Eerste").persist();
        Application second = anApplication().to(vacancy).by("Gijs Tweede").persist();

        WebSession.as(manager).get("/app/candidates/" + second.candidate.id).then().statusCode(200)
                .body(containsString("Vorige in deze fase: Floor Eerste"))
                .body(not(containsString("action=\"/app/applications/" + second.id + "/move\"")));
        assertEquals(first.vacancy.id, second.vacancy.id);
    }

    @Test
    void movesRejectsAndHiresFromTheProfileAndRefusesStaleVersions() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Hanna Profiel").persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        String profile = "/app/candidates/" + application.candidate.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        long seen = application.version;

        recruiter.post("/app/applications/" + application.id + "/move", Map.of("toStageId", stages.get(2).id, "version", seen,
                "returnTo", profile)).then().statusCode(303).header("Location", endsWith(profile));
        recruiter.get(profile).then().body(containsString("Kandidaat verplaatst.")).body(containsString("Telefonisch gesprek"));
        assertEquals(stages.get(2).id, TestApplications.reload(application.id).stage.id);

        // A second tab still shows the old version: each action is refused with the reason, nothing changes.
        recruiter.post("/app/applications/" + application.id + "/move", Map.of("toStageId", stages.get(4).id, "version", seen,
                "returnTo", profile)).then().statusCode(303).header("Location", endsWith(profile));
        recruiter.get(profile).then().body(containsString(CONFLICT));
        recruiter.post("/app/applications/" + application.id + "/hire", Map.of("version", seen, "returnTo", profile))
                .then().statusCode(303).header("Location", endsWith(profile));
        recruiter.get(profile).then().body(containsString(CONFLICT));
        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", 1, "version", seen, "returnTo", profile))
                .then().statusCode(303).header("Location", endsWith(profile));
        recruiter.get(profile).then().body(containsString(CONFLICT));
        Application unchanged = TestApplications.reload(application.id);
        assertEquals(stages.get(2).id, unchanged.stage.id);
        assertEquals(ApplicationStatus.ACTIVE, unchanged.status);

        recruiter.post("/app/applications/" + application.id + "/hire", Map.of("version", unchanged.version, "returnTo", profile))
                .then().statusCode(303).header("Location", endsWith(profile));
        recruiter.get(profile).then().body(containsString("Kandidaat aangenomen."))
                .body(not(containsString("action=\"/app/applications/" + application.id + "/move\"")));
        assertEquals(ApplicationStatus.HIRED, TestApplications.reload(application.id).status);
    }

    @Test
    void showsAPdfInlineForOurOwnPagesAndOffersAWordFileForDownload() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        long candidateId = application.candidate.id;
        long pdf = QuarkusTransaction.requiringNew().call(() -> CandidateDocument.listForApplication(application.id).get(0).id);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String pdfPath = "/app/candidates/" + candidateId + "/documents/" + pdf;

        recruiter.get("/app/candidates/" + candidateId).then().statusCode(200)
                .body(containsString("<iframe class=\"wv-cv-frame\" src=\"" + pdfPath + "\" title=\"CV: cv-kandidaat.pdf\">"));
        recruiter.get(pdfPath).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("inline; filename=\"cv-kandidaat.pdf\""))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("Content-Security-Policy", not(containsString("'none'; base-uri 'self'")))
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("X-Content-Type-Options", "nosniff");
        // One policy only: a browser that also receives the site's "frame-ancestors 'none'" or DENY refuses the frame.
        var inline = recruiter.get(pdfPath).then().extract().headers();
        assertEquals(List.of("SAMEORIGIN"), inline.getValues("X-Frame-Options"));
        assertEquals(List.of(CandidateResource.INLINE_DOCUMENT_POLICY), inline.getValues("Content-Security-Policy"));
        recruiter.get(pdfPath + "?download=true").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");

        Application wordApplication = anApplication().to(vacancy).persist();
        long word = QuarkusTransaction.requiringNew().call(() -> {
            CandidateDocument.delete("applicationId", wordApplication.id);
            CandidateDocument docx = new CandidateDocument();
            docx.candidate = Candidate.findById(wordApplication.candidate.id);
            docx.applicationId = wordApplication.id;
            docx.kind = DocumentKind.CV;
            docx.fileName = Sealed.text(wordApplication.candidate.id, "cv-kandidaat.docx");
            docx.contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            docx.content = TestFiles.docx();
            docx.sizeBytes = docx.content.length;
            docx.createdAt = Instant.now();
            docx.persist();
            return docx.id;
        });
        String wordPath = "/app/candidates/" + wordApplication.candidate.id + "/documents/" + word;
        recruiter.get("/app/candidates/" + wordApplication.candidate.id).then().statusCode(200)
                .body(not(containsString("<iframe")))
                .body(containsString("Een Word-bestand kan de browser niet tonen."))
                .body(containsString("href=\"" + wordPath + "?download=true\""));
        recruiter.get(wordPath).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"cv-kandidaat.docx\""))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void namesTheCandidatesLanguageInTheViewersLanguage() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        QuarkusTransaction.requiringNew().run(() -> Candidate.<Candidate> findById(application.candidate.id).locale = "fr");
        String profile = "/app/candidates/" + application.candidate.id;

        WebSession.as(TestUsers.recruiter()).get(profile).then().body(containsString("<dd>Frans</dd>"))
                .body(not(containsString("<dd>fr</dd>")));
        WebSession.as(TestUsers.recruiter()).language("en").get(profile).then().body(containsString("<dd>French</dd>"));
        WebSession.as(TestUsers.recruiter()).language("fr").get(profile).then().body(containsString("<dd>Français</dd>"));
        QuarkusTransaction.requiringNew().run(() -> Candidate.<Candidate> findById(application.candidate.id).locale = "nl");
        WebSession.as(TestUsers.recruiter()).language("en").get(profile).then().body(containsString("<dd>Dutch</dd>"))
                .header("X-Unused", nullValue());
    }
}
