package nl.werving.pipeline;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.mail.MailStatus;
import nl.werving.mail.OutboxMail;
import nl.werving.personaldata.BlindIndex;
import nl.werving.support.SharedToken;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class BoardTest {

    @Inject
    CandidateService candidates;

    @Inject
    BlindIndex index;

    private static List<StageMove> movesOf(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> StageMove.<StageMove> list("application.id = ?1 order by id", applicationId));
    }

    private static List<AuditEvent> auditOf(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.forEntity(type, id));
    }

    @Test
    void showsEveryStageWithItsCandidatesAndCounts() {
        Vacancy vacancy = aVacancy().published().persist();
        anApplication().to(vacancy).by("Ilse Jongbloed").persist();
        anApplication().to(vacancy).by("Pieter Haverkamp").inStage(2).from(SourceChannel.INDEED).persist();
        anApplication().to(vacancy).by("Afgewezen Persoon").ended(ApplicationStatus.REJECTED).persist();

        WebSession.as(TestUsers.recruiter()).get("/app/vacancies/" + vacancy.id + "/board").then().statusCode(200)
                .body(containsString("Nieuw")).body(containsString("Telefonisch gesprek")).body(containsString("Aangenomen"))
                .body(containsString("Ilse Jongbloed")).body(containsString("Pieter Haverkamp"))
                .body(containsString("Indeed"))
                .body(containsString("vandaag in deze fase"))
                .body(not(containsString("Afgewezen Persoon")))
                .body(containsString("2 actieve sollicitaties"));
    }

    @Test
    void searchesByNameOrEmailAndFiltersBySource() {
        Vacancy vacancy = aVacancy().published().persist();
        anApplication().to(vacancy).by("Wendy Zonneveld").withEmail("wendy.z@voorbeeld.nl").persist();
        anApplication().to(vacancy).by("Gerrit Bos").from(SourceChannel.LINKEDIN).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String board = "/app/vacancies/" + vacancy.id + "/board";

        recruiter.get(board + "?q=zonnev").then().body(containsString("Wendy Zonneveld")).body(not(containsString("Gerrit Bos")));
        recruiter.get(board + "?q=WENDY.Z@").then().body(containsString("Wendy Zonneveld")).body(not(containsString("Gerrit Bos")));
        recruiter.get(board + "?source=LINKEDIN").then().body(containsString("Gerrit Bos")).body(not(containsString("Wendy Zonneveld")));
    }

    @Test
    void aWordThatOnlySharesItsSearchTokenWithANameDoesNotFindTheCard() {
        SharedToken words = SharedToken.find(index);
        Vacancy vacancy = aVacancy().published().persist();
        anApplication().to(vacancy).by("Pien " + words.named()).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String board = "/app/vacancies/" + vacancy.id + "/board";

        recruiter.get(board + "?q=" + words.named()).then().statusCode(200)
                .body(containsString("Pien " + words.named())).body(containsString("1 actieve sollicitatie"));
        recruiter.get(board + "?q=" + words.searched()).then().statusCode(200)
                .body(not(containsString("Pien " + words.named()))).body(containsString("0 actieve sollicitaties"));
    }

    @Test
    void movesWithHistoryNoteAndAuditWithoutPersonalData() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Karin Smeets").persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        AppUser user = TestUsers.recruiter();

        WebSession.as(user).post("/app/applications/" + application.id + "/move", Map.of("toStageId", stages.get(1).id,
                "version", application.version, "note", "Klinkt goed aan de telefoon", "returnTo", "/app/vacancies/" + vacancy.id + "/board"))
                .then().statusCode(303).header("Location", containsString("/app/vacancies/" + vacancy.id + "/board"));

        Application moved = TestApplications.reload(application.id);
        assertEquals(stages.get(1).id, moved.stage.id);
        StageMove move = movesOf(application.id).get(0);
        assertEquals(stages.get(0).id, move.fromStageId);
        assertEquals(stages.get(1).id, move.toStageId);
        assertEquals(user.id, move.actorId);
        String note = QuarkusTransaction.requiringNew()
                .call(() -> candidates.text(CandidateNote.<CandidateNote> find("stageMoveId", move.id).singleResult()));
        assertEquals("Klinkt goed aan de telefoon", note);
        AuditEvent audit = auditOf("application", application.id).get(0);
        assertEquals(AuditAction.APPLICATION_MOVED, audit.action);
        assertEquals(user.id, audit.actorId);
        assertTrue(!audit.detail.contains("Karin") && !audit.detail.contains("telefoon"), audit.detail);
    }

    @Test
    void refusesAStaleMoveAndOverwritesNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        WebSession first = WebSession.as(TestUsers.recruiter());
        WebSession second = WebSession.as(TestUsers.recruiter());

        first.post("/app/applications/" + application.id + "/move", Map.of("toStageId", stages.get(2).id, "version", application.version))
                .then().statusCode(303);
        second.post("/app/applications/" + application.id + "/move", Map.of("toStageId", stages.get(4).id, "version", application.version,
                "returnTo", "/app/vacancies/" + vacancy.id + "/board")).then().statusCode(303);

        assertEquals(stages.get(2).id, TestApplications.reload(application.id).stage.id);
        assertEquals(1, movesOf(application.id).size());
        second.get("/app/vacancies/" + vacancy.id + "/board").then().body(containsString("Iemand anders heeft deze kandidaat intussen verplaatst"));
    }

    @Test
    void ofTwoConcurrentMovesOneWinsAndTheOtherGets409() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        WebSession first = WebSession.as(TestUsers.recruiter());
        WebSession second = WebSession.as(TestUsers.recruiter());
        String firstToken = first.csrfToken();
        String secondToken = second.csrfToken();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> moves = new ArrayList<>();
        moves.add(() -> {
            start.await();
            return first.request().header("HX-Request", "true").header("X-CSRF-TOKEN", firstToken)
                    .formParam("toStageId", stages.get(1).id).formParam("version", application.version)
                    .post("/app/applications/" + application.id + "/move").statusCode();
        });
        moves.add(() -> {
            start.await();
            return second.request().header("HX-Request", "true").header("X-CSRF-TOKEN", secondToken)
                    .formParam("toStageId", stages.get(3).id).formParam("version", application.version)
                    .post("/app/applications/" + application.id + "/move").statusCode();
        });
        List<Future<Integer>> results = new ArrayList<>();
        moves.forEach(move -> results.add(pool.submit(move)));
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        List<StageMove> history = movesOf(application.id);
        assertEquals(1, history.size(), "the history holds exactly the winning move");
        assertEquals(history.get(0).toStageId, TestApplications.reload(application.id).stage.id);
    }

    @Test
    void rejectsWithAKindMailInTheCandidatesLanguage() {
        Vacancy vacancy = aVacancy().published().persist();
        String email = "afwijzing." + System.nanoTime() + "@voorbeeld.nl";
        Application application = anApplication().to(vacancy).by("Joost Vermeer").withEmail(email).persist();

        WebSession.as(TestUsers.recruiter()).post("/app/applications/" + application.id + "/reject", Map.of("reasonId", 2,
                "personalLine", "Je Frans was net niet voldoende voor deze rol.", "timing", "NOW", "version", application.version))
                .then().statusCode(303);

        Application rejected = TestApplications.reload(application.id);
        assertEquals(ApplicationStatus.REJECTED, rejected.status);
        assertNotNull(rejected.endedAt, "the retention clock starts");
        assertEquals(2L, rejected.rejectionReason.id);
        String text = SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).get(0));
        assertTrue(text.contains("Beste Joost Vermeer,") && text.contains("Je Frans was net niet voldoende"), text);
    }

    @Test
    void theRejectPageOfAnErasedCandidateIsNotFound() {
        Application application = anApplication().to(aVacancy().published().persist()).by("Wies Gewist").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String reject = "/app/applications/" + application.id + "/reject";
        recruiter.get(reject).then().statusCode(200).body(containsString("Wies Gewist"));

        recruiter.post("/app/candidates/" + application.candidate.id + "/erase", Map.of("confirm", true)).then().statusCode(303);

        recruiter.get(reject).then().statusCode(404).body(containsString("Pagina niet gevonden"))
                .body(not(containsString("Wies Gewist")));
        recruiter.post(reject, Map.of("reasonId", 1, "personalLine", "x".repeat(ApplicationResource.PERSONAL_LINE_MAX + 1),
                "version", TestApplications.reload(application.id).version)).then().statusCode(404)
                .body(containsString("Pagina niet gevonden"));
    }

    @Test
    void aDelayedRejectionMailWaitsInTheOutbox() {
        Vacancy vacancy = aVacancy().published().persist();
        String email = "later." + System.nanoTime() + "@voorbeeld.nl";
        Application application = anApplication().to(vacancy).withEmail(email).persist();

        WebSession.as(TestUsers.recruiter()).post("/app/applications/" + application.id + "/reject",
                Map.of("reasonId", 1, "timing", "TOMORROW", "version", application.version)).then().statusCode(303);

        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> find("recipientKey", OutboxMail.keyOf(email)).singleResult());
        assertEquals("application-rejected", mail.kind);
        assertEquals(MailStatus.PENDING, mail.status);
        assertTrue(mail.nextAttemptAt.isAfter(Instant.now().plus(Duration.ofHours(23))), "sent tomorrow");
    }

    @Test
    void aRefusedRejectionQueuesNoMail() {
        Vacancy vacancy = aVacancy().published().persist();
        String email = "geen-mail." + System.nanoTime() + "@voorbeeld.nl";
        Application application = anApplication().to(vacancy).withEmail(email).persist();

        WebSession.as(TestUsers.recruiter()).post("/app/applications/" + application.id + "/reject",
                Map.of("reasonId", 987654, "version", application.version)).then().statusCode(303);

        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(application.id).status);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey", OutboxMail.keyOf(email))));
    }

    @Test
    void rejectsAndMovesInBulk() {
        Vacancy vacancy = aVacancy().published().persist();
        Application a = anApplication().to(vacancy).persist();
        Application b = anApplication().to(vacancy).persist();
        Application ended = anApplication().to(vacancy).ended(ApplicationStatus.WITHDRAWN).persist();
        Application c = anApplication().to(vacancy).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String bulk = "/app/vacancies/" + vacancy.id + "/board/bulk";

        recruiter.post(bulk, Map.of("ids", List.of(a.id, b.id, ended.id), "action", "reject", "reasonId", 5, "timing", "NOW", "confirmed", true))
                .then().statusCode(303);
        recruiter.get("/app/vacancies/" + vacancy.id + "/board").then().body(containsString("2 kandidaten afgewezen, de mails staan klaar."))
                .body(containsString("1 overgeslagen"));
        assertEquals(ApplicationStatus.REJECTED, TestApplications.reload(a.id).status);
        assertEquals(ApplicationStatus.REJECTED, TestApplications.reload(b.id).status);
        assertEquals(ApplicationStatus.WITHDRAWN, TestApplications.reload(ended.id).status);

        recruiter.post(bulk, Map.of("ids", List.of(c.id), "action", "move", "toStageId", stages.get(3).id, "confirmed", true)).then().statusCode(303);
        assertEquals(stages.get(3).id, TestApplications.reload(c.id).stage.id);
    }

    @Test
    void hiresAndOffersToCloseAFilledVacancy() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).inStage(6).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/applications/" + application.id + "/hire", Map.of("version", application.version,
                "returnTo", "/app/vacancies/" + vacancy.id + "/board")).then().statusCode(303);

        Application hired = TestApplications.reload(application.id);
        assertEquals(ApplicationStatus.HIRED, hired.status);
        assertEquals("Aangenomen", hired.stage.name);
        assertNotNull(hired.endedAt);
        recruiter.get("/app/vacancies/" + vacancy.id + "/board").then()
                .body(containsString("Kandidaat aangenomen."))
                .body(containsString("De plek is vervuld. Wil je de vacature sluiten?"))
                .body(containsString("action=\"/app/vacancies/" + vacancy.id + "/close\""));
    }

    @Test
    void listsEndedApplicationsWithTheirReason() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Tessa Vonk").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", 3, "version", application.version))
                .then().statusCode(303);

        recruiter.get("/app/vacancies/" + vacancy.id + "/board?outcome=REJECTED").then().statusCode(200)
                .body(containsString("Tessa Vonk")).body(containsString("Beschikbaarheid of rooster past niet"));
    }

    @Test
    void listsWithdrawnApplicationsWithoutAReason() {
        Vacancy vacancy = aVacancy().published().persist();
        anApplication().to(vacancy).by("Joris Meulman").ended(ApplicationStatus.WITHDRAWN).persist();

        WebSession.as(TestUsers.recruiter()).get("/app/vacancies/" + vacancy.id + "/board?outcome=WITHDRAWN").then().statusCode(200)
                .body(containsString("Joris Meulman")).body(containsString("<td class=\"wv-hide-sm\">–</td>"));
    }

    @Test
    void hiringManagersSeeTheirBoardButDoNotDecide() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).by("Mila Groen").persist();
        WebSession session = WebSession.as(manager);

        session.get("/app/vacancies/" + vacancy.id + "/board").then().statusCode(200).body(containsString("Mila Groen"))
                .body(not(containsString("id=\"bulk\"")));
        session.post("/app/applications/" + application.id + "/move", Map.of("toStageId", 1, "version", 0)).then().statusCode(403);
        assertNull(TestApplications.reload(application.id).endedAt);
    }
}
