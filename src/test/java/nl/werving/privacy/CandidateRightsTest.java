package nl.werving.privacy;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.booking.Slot;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.Scorecard;
import nl.werving.mail.MailStatus;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.Stage;
import nl.werving.reference.Referee;
import nl.werving.reference.RefereeAnswer;
import nl.werving.reference.RefereeStatus;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.ReferenceCheckStatus;
import nl.werving.reference.ReferenceTexts;
import nl.werving.reference.ReferenceTopic;
import nl.werving.reference.Relationship;
import nl.werving.reference.WorkAgain;
import nl.werving.roleplay.RoleplayScenario;
import nl.werving.support.Applicant;
import nl.werving.support.TestApplications;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestFiles;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** From the status page a candidate downloads everything held about them, and erases it at once. */
@QuarkusTest
class CandidateRightsTest {

    @Inject
    Outbox outbox;

    private static Application applicationOf(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application found = Application.<Application> find("candidate.emailKey", Candidate.emailKey(applicant.email)).singleResult();
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

    @Test
    void theCopyHoldsWhatWasRecordedAboutTheCandidateInTheirLanguageAndNothingAboutOthers() throws IOException {
        AppUser manager = TestUsers.hiringManager();
        AppUser panelist = TestUsers.hiringManager();
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        Vacancy vacancy = aVacancy().titled("Klantenservice Energie").published().managedBy(manager).persist();
        Vacancy other = aVacancy().titled("Chat Webwinkel").published().persist();
        Applicant applicant = anApplicant();
        applicant.fullName = "Lotte Brouwer";
        applicant.talentPool = true;
        applicant.session().language("en");
        String token = applicant.applyAndReadStatusToken(vacancy.slug);
        applicant.applyTo(other.slug).then().statusCode(303);
        Application application = applicationTo(vacancy, applicant);
        Application rejected = applicationTo(other, applicant);
        long candidateId = application.candidate.id;
        Application bystander = anApplication().to(vacancy).by("Bram Bijstander").persist();

        // Stage moves, then a slot the candidate books in the new stage.
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        recruiter.post("/app/applications/" + application.id + "/move", Map.of("toStageId", stages.get(1).id, "version",
                application.version)).then().statusCode(303);
        Slot slot = aSlot().of(vacancy, stages.get(1)).inHours(72).persist();
        WebSession.anonymous().post("/status/" + token + "/applications/" + application.id + "/booking", Map.of("slotId", slot.id))
                .then().statusCode(303);

        // An interview with two scorecards, and one on the other candidate by the same colleague.
        Interview interview = TestInterviews.plan(recruiter, application, List.of(manager, panelist));
        submitScorecard(manager, interview, vacancy, "Legde de klant rustig uit waarom de rekening hoger was.");
        submitScorecard(panelist, interview, vacancy, "Vroeg door tot de klant zich gehoord voelde.");
        Interview othersInterview = TestInterviews.plan(recruiter, bystander, List.of(panelist));
        submitScorecard(panelist, othersInterview, vacancy, "Geheime notitie over Bram.");

        Map<String, Object> rolePlay = new HashMap<>(Map.of("applicationId", application.id, "scenarioId", angryCustomerScenario(),
                "tone", 4, "wordChoice", 3, "patience", 5, "listening", 4, "deEscalation", 2, "solution", 3, "durationMinutes", 12,
                "verdict", "SUITABLE"));
        rolePlay.put("notes", "Bleef vriendelijk toen de klant ging schreeuwen.");
        recruiter.post("/app/roleplays", rolePlay).then().statusCode(303);
        referenceCheck(application.id, recruiterUser.id, "Zeer betrouwbaar, altijd op tijd.", "Een aanrader voor elk klantenteam.");
        WebSession.as(TestUsers.admin()).post("/app/privacy/holds", Map.of("candidateId", candidateId, "reason",
                "Klacht bij het College voor de Rechten van de Mens")).then().statusCode(303);
        recruiter.post("/app/data-requests", Map.of("candidateId", candidateId, "kind", "EXPORT", "receivedOn",
                LocalDate.now(Formats.ZONE).toString())).then().statusCode(303);
        recruiter.post("/app/applications/" + rejected.id + "/reject", Map.of("reasonId", 2, "timing", "NOW", "version",
                rejected.version)).then().statusCode(303);

        // A mail about the candidate to someone else: a referee's invitation holds the referee's single-use link.
        String invitation = "Vul de vragenlijst in: https://werving.example/referee/enkel-voor-de-referent";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new Outbox.Mail("reference-invitation",
                "referent.lotte@voorbeeld.example", "Referentie gevraagd voor Lotte Brouwer", invitation, invitation, candidateId)));
        // Both copies below must show the mails in the same state: let the outbox deliver them first.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> OutboxMail.count("candidateId = ?1 and status = ?2 and nextAttemptAt <= ?3", candidateId, MailStatus.PENDING,
                        Instant.now())) == 0);
        Map<String, byte[]> entries = unzip(recruiter.get("/app/candidates/" + candidateId + "/export").then().statusCode(200)
                .extract().asByteArray());
        String json = new String(entries.get("werving-gegevens.json"), StandardCharsets.UTF_8);
        String html = new String(entries.get("werving-gegevens.html"), StandardCharsets.UTF_8);
        JsonNode data = new ObjectMapper().readTree(json);

        assertTrue(json.contains("Referentie gevraagd voor Lotte Brouwer"), "a mail to someone else is listed");
        assertFalse(json.contains("enkel-voor-de-referent") || html.contains("enkel-voor-de-referent"),
                "but not its text, which holds the referee's link");
        assertEquals(1, data.get("interviews").size(), "the other candidate's interview stays out");
        assertEquals(1, data.get("bookings").size(), "one booking of their own");
        JsonNode applied = find(data.get("applications"), "vacancy", "Klantenservice Energie");
        assertEquals(List.of("New", "Screening"), texts(applied.get("stages"), "stage"), "the stages as the candidate read them");
        assertEquals("Screening", applied.get("stage").asText());
        assertTrue(applied.get("stages").get(0).has("leftAt"), "the first stage was left");
        assertEquals("Language level insufficient", find(data.get("applications"), "vacancy", "Chat Webwinkel")
                .get("rejectionReason").asText(), "the reason in the candidate's language");
        JsonNode scorecards = data.get("scorecards");
        assertEquals(List.of("Hiring manager", "Interviewer 1"), texts(scorecards, "interviewer").stream().sorted().toList());
        assertTrue(scorecards.get(0).get("scores").size() > 0);
        assertEquals("STRONG_YES", scorecards.get(0).get("recommendation").asText());
        assertEquals("Kantoor Utrecht, zaal Dom", data.get("interviews").get(0).get("location").asText());
        JsonNode assessed = data.get("rolePlays").get(0);
        assertEquals("Recruiter", assessed.get("assessor").asText());
        assertEquals(2, assessed.get("scores").get("deEscalation").asInt());
        assertEquals("Bleef vriendelijk toen de klant ging schreeuwen.", assessed.get("notes").get(0).asText());
        JsonNode referees = data.get("referenceChecks").get(0).get("referees");
        assertEquals(List.of("ANSWERED", "DECLINED", "ANSWERED"), texts(referees, "status"));
        // Only the referee who agreed to share has their answers in the copy, with the moment they agreed.
        assertFalse(referees.get(0).has("refereeAnswers") || referees.get(0).has("remarks") || referees.get(0).has("sharingAgreedAt"));
        assertFalse(referees.get(1).has("refereeAnswers") || referees.get(1).has("sharingAgreedAt"));
        JsonNode shared = referees.get(2);
        assertTrue(shared.has("sharingAgreedAt"));
        assertEquals("CUSTOMER_HANDLING", shared.get("refereeAnswers").get(0).get("topic").asText());
        assertEquals(5, shared.get("refereeAnswers").get(0).get("score").asInt());
        assertEquals("Bleef kalm tijdens de grote storing.", shared.get("refereeAnswers").get(0).get("comment").asText());
        assertEquals("YES", shared.get("wouldWorkAgain").asText());
        assertEquals("Een aanrader voor elk klantenteam.", shared.get("remarks").asText());
        for (String sharedText : List.of("Referee agreed to share on", "Dealing with customers", "Work together again: Yes")) {
            assertTrue(html.contains(sharedText), "the page shows what the referee shared: " + sharedText);
        }
        assertEquals("Stationsplein 12, Utrecht", data.get("bookings").get(0).get("location").asText());
        assertEquals("Klacht bij het College voor de Rechten van de Mens", data.get("legalHolds").get(0).get("reason").asText());
        assertEquals("COMPLETED", data.get("dataRequests").get(0).get("status").asText(), "this copy answers the request");
        assertTrue(data.get("mails").findValuesAsText("text").stream().anyMatch(text -> text.contains("Lotte Brouwer")));
        assertTrue(data.get("consents").size() >= 1);

        for (String recorded : List.of("Klantenservice Energie", "Legde de klant rustig uit waarom de rekening hoger was.",
                "Vroeg door tot de klant zich gehoord voelde.", "Bleef vriendelijk toen de klant ging schreeuwen.",
                "Klacht bij het College voor de Rechten van de Mens", "Stationsplein 12, Utrecht", "Kantoor Utrecht, zaal Dom",
                "Language level insufficient", stages.get(1).name, "Hiring manager", "Interviewer 1", "Recruiter",
                "Bleef kalm tijdens de grote storing.", "Een aanrader voor elk klantenteam.")) {
            assertTrue(json.contains(recorded), recorded + " in the JSON");
            assertTrue(html.contains(recorded), recorded + " in the page");
        }
        for (String english : List.of("<html lang=\"en\">", "Your data at Werving", "Applications and stages", "Scores and advice",
                "Definitely yes", "Not selected", "Talent pool", "Legal holds", "Copy of your data", "Declined")) {
            assertTrue(html.contains(english), "the page speaks English: " + english);
        }
        assertFalse(html.contains("<link") || html.contains("<script") || html.contains("src="), "the page needs nothing else");
        JsonNode fromStatusPage = new ObjectMapper().readTree(unzip(applicant.session().get("/status/" + token + "/export").then()
                .statusCode(200).extract().asByteArray()).get("werving-gegevens.json"));
        ((ObjectNode) fromStatusPage).remove("exportedAt");
        ((ObjectNode) data).remove("exportedAt");
        assertEquals(data, fromStatusPage, "the status page hands out the same copy");

        // The mails stay as the candidate got them, an invitation naming the panel included; everything else by role.
        ((ObjectNode) data).remove("mails");
        String recorded = data.toString();
        String page = html.substring(0, html.indexOf("<h2>Mails to you</h2>")) + html.substring(html.indexOf("</section>",
                html.indexOf("<h2>Mails to you</h2>")));
        for (String absent : List.of(manager.displayName, panelist.displayName, recruiterUser.displayName, "Bram Bijstander",
                "Geheime notitie over Bram.", "Zeer betrouwbaar, altijd op tijd.", "Kwam op maandag soms te laat.")) {
            assertFalse(recorded.contains(absent), absent + " stays out of the JSON");
            assertFalse(page.contains(absent), absent + " stays out of the page");
        }
    }

    private static Application applicationTo(Vacancy vacancy, Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application found = Application.<Application> find("vacancy.id = ?1 and candidate.emailKey = ?2", vacancy.id,
                    Candidate.emailKey(applicant.email)).singleResult();
            found.candidate.id.longValue();
            return found;
        });
    }

    /** The interviewer opens the scorecard, rates every competency 4, notes one answer and submits with a strong yes. */
    private static void submitScorecard(AppUser interviewer, Interview interview, Vacancy vacancy, String situation) {
        WebSession session = WebSession.as(interviewer);
        session.get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200);
        long version = QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().version);
        long question = interview.questionIds.get(0);
        Map<String, Object> form = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> Competency.kit(vacancy.id)
                .forEach(competency -> form.put("rating-c" + competency.id, 4)));
        form.put("situation-" + question, situation);
        form.put("action-" + question, "Vatte samen en beloofde terug te bellen.");
        form.put("result-" + question, "De klant bleef klant.");
        form.put("rating-q" + question, 4);
        form.put("recommendation", "STRONG_YES");
        form.put("intent", "submit");
        form.put("version", version);
        session.post("/app/interviews/" + interview.id + "/scorecard", form).then().statusCode(303);
    }

    /**
     * A check where the candidate named three referees: one answered, one declined, and one answered and agreed that the
     * candidate may have the answers.
     */
    private static void referenceCheck(long applicationId, long recruiterId, String remarks, String sharedRemarks) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application application = Application.findById(applicationId);
            ReferenceCheck check = new ReferenceCheck();
            check.application = application;
            check.candidate = application.candidate;
            check.status = ReferenceCheckStatus.NAMED;
            check.requestedBy = recruiterId;
            check.requestedAt = Instant.now();
            check.answeredAt = check.requestedAt;
            check.persist();
            for (RefereeStatus status : List.of(RefereeStatus.ANSWERED, RefereeStatus.DECLINED, RefereeStatus.ANSWERED)) {
                boolean sharing = check.referees.size() == 2;
                Referee referee = new Referee();
                referee.check = check;
                referee.position = check.referees.size() + 1;
                ReferenceTexts texts = Arc.container().instance(ReferenceTexts.class).get();
                texts.name(referee, "Referent " + referee.position, "referent." + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl",
                        null, "Energiedirect B.V.", "2021–2024");
                referee.relationship = Relationship.MANAGER;
                referee.status = status;
                referee.respondedAt = check.requestedAt;
                texts.remarks(referee, status == RefereeStatus.ANSWERED ? (sharing ? sharedRemarks : remarks) : null);
                if (status == RefereeStatus.ANSWERED) {
                    referee.wouldWorkAgain = sharing ? WorkAgain.YES : WorkAgain.DOUBT;
                    referee.sharingAgreedAt = sharing ? check.requestedAt : null;
                    RefereeAnswer answer = new RefereeAnswer();
                    answer.referee = referee;
                    answer.topic = ReferenceTopic.CUSTOMER_HANDLING;
                    answer.score = sharing ? 5 : 3;
                    texts.comment(answer, sharing ? "Bleef kalm tijdens de grote storing." : "Kwam op maandag soms te laat.");
                    referee.answers.add(answer);
                }
                referee.persist();
                check.referees.add(referee);
            }
        });
    }

    private static long angryCustomerScenario() {
        return QuarkusTransaction.requiringNew().call(() -> RoleplayScenario.<RoleplayScenario> find("sortOrder", 1).firstResult().id);
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value + " in " + rows);
    }

    private static List<String> texts(JsonNode rows, String field) {
        List<String> texts = new ArrayList<>();
        rows.forEach(row -> texts.add(row.get(field).asText()));
        return texts;
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
