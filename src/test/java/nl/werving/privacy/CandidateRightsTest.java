package nl.werving.privacy;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.Candidate;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.Applicant;
import nl.werving.support.TestFiles;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** From the status page a candidate downloads everything held about them, and erases it at once. */
@QuarkusTest
class CandidateRightsTest {

    private static Application applicationOf(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application found = Application.<Application> find("candidate.emailKey", applicant.email).singleResult();
            found.candidate.id.longValue();
            return found;
        });
    }

    @Test
    void theCandidateDownloadsTheirDataAndFiles() throws IOException {
        Vacancy vacancy = aVacancy().titled("Chatmedewerker webwinkel").published().persist();
        byte[] cv = TestFiles.pdf();
        Applicant applicant = anApplicant().withCv("cv-eigen.pdf", "application/pdf", cv);
        applicant.fullName = "Merel Dijkhuis";
        applicant.motivation = "Ik wil klanten snel en vriendelijk helpen.";
        String token = applicant.applyAndReadStatusToken(vacancy.slug);
        long candidateId = applicationOf(applicant).candidate.id;
        WebSession.as(TestUsers.recruiter()).post("/app/candidates/" + candidateId + "/notes", Map.of("body", "Goede chatervaring."))
                .then().statusCode(303);

        byte[] zip = applicant.session().get("/status/" + token + "/export").then().statusCode(200)
                .header("Content-Type", containsString("application/zip"))
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();

        Map<String, byte[]> entries = unzip(zip);
        JsonNode data = new ObjectMapper().readTree(entries.get("werving-gegevens.json"));
        assertEquals("Merel Dijkhuis", data.get("person").get("name").asText());
        assertEquals(applicant.email, data.get("person").get("email").asText());
        assertEquals("Chatmedewerker webwinkel", data.get("applications").get(0).get("vacancy").asText());
        assertEquals("Ik wil klanten snel en vriendelijk helpen.", data.get("motivations").get(0).asText());
        assertEquals("Goede chatervaring.", data.get("notesByTheTeam").get(0).get("text").asText());
        assertTrue(data.get("mails").size() >= 1, "the confirmation mail is listed");
        String file = data.get("documents").get(0).get("file").asText();
        assertArrayEquals(cv, entries.get(file), "the CV as it was sent");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                AuditAction.DATA_EXPORTED, candidateId)));
    }

    @Test
    void theCandidateErasesTheirDataAtOnceAndMailToThemStops() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applicant.applyAndReadStatusToken(vacancy.slug);
        Application application = applicationOf(applicant);
        long candidateId = application.candidate.id;

        applicant.session().post("/status/" + token + "/erase").then().statusCode(303)
                .header("Location", containsString("/status/" + token));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(candidateId)), "not without the tick");

        Map<String, Object> confirmed = new HashMap<>();
        confirmed.put("confirm", "true");
        applicant.session().post("/status/" + token + "/erase", confirmed).then().statusCode(303)
                .header("Location", not(containsString("/status/")));

        assertNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(candidateId)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("candidateId", candidateId)));
        Application kept = QuarkusTransaction.requiringNew().call(() -> Application.findById(application.id));
        assertEquals(ApplicationStatus.WITHDRAWN, kept.status, "the running application ended as withdrawn, anonymously");
        assertNull(kept.candidate);
        applicant.session().get("/status/" + token).then().statusCode(404);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                AuditAction.CANDIDATE_ERASED, candidateId)));
    }

    @Test
    void aLegalHoldStopsErasure() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applicant.applyAndReadStatusToken(vacancy.slug);
        long candidateId = applicationOf(applicant).candidate.id;
        WebSession.as(TestUsers.admin()).post("/app/privacy/holds", Map.of("candidateId", candidateId, "reason", "Lopende klacht"))
                .then().statusCode(303);

        applicant.session().post("/status/" + token + "/erase", Map.of("confirm", "true")).then().statusCode(303);

        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(candidateId)));
        applicant.session().get("/status/" + token).then().statusCode(200)
                .body(containsString("juridische procedure"));
    }

    @Test
    void aRecruiterHandlesARequestReceivedByMail() throws IOException {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        long candidateId = applicationOf(applicant).candidate.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        WebSession.as(TestUsers.hiringManager()).get("/app/candidates/" + candidateId + "/export").then().statusCode(403);
        recruiter.post("/app/candidates/" + candidateId + "/message", Map.of("composing", true, "templateId", "", "step", "send",
                "subject", "Je rooster", "body", "Beste {first_name}, hier is je rooster.")).then().statusCode(303);
        byte[] zip = recruiter.get("/app/candidates/" + candidateId + "/export").then().statusCode(200).extract().asByteArray();
        JsonNode exported = new ObjectMapper().readTree(unzip(zip).get("werving-gegevens.json"));
        assertEquals(applicant.email, exported.get("person").get("email").asText());
        assertEquals("Je rooster", exported.get("messages").get(0).get("subject").asText());
        assertTrue(exported.get("messages").get(0).get("text").asText().contains("Beste "));

        recruiter.post("/app/candidates/" + candidateId + "/erase", Map.of("confirm", "true")).then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(candidateId)));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
