package nl.werving.pipeline;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.audit.AuditLog;
import nl.werving.mail.OutboxMail;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** Bulk actions on the board: a confirmation that names who is far along, and an undo while the mails wait. */
@QuarkusTest
class BulkActionsTest {

    private static long unsentMailsTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey = ?1 and status <> ?2", OutboxMail.keyOf(email),
                nl.werving.mail.MailStatus.SENT));
    }

    private static String email(String who) {
        return who + "." + System.nanoTime() + "@voorbeeld.nl";
    }

    @Test
    void confirmationNamesTheCountAndWarnsAboutLateStages() {
        Vacancy vacancy = aVacancy().published().persist();
        Application early = anApplication().to(vacancy).by("Fenna Bakker").persist();
        Application screening = anApplication().to(vacancy).by("Gerrit Mulder").inStage(1).persist();
        Application interview = anApplication().to(vacancy).by("Yara El Idrissi").inStage(4).persist();
        Application ended = anApplication().to(vacancy).by("Wim Afgerond").ended(ApplicationStatus.WITHDRAWN).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        String page = recruiter.post("/app/vacancies/" + vacancy.id + "/board/bulk", Map.of("ids",
                List.of(early.id, screening.id, interview.id, ended.id), "action", "reject", "reasonId", 1, "timing", "TOMORROW"))
                .then().statusCode(200)
                .body(containsString("3 kandidaten afwijzen?"))
                .body(containsString("1 geselecteerde sollicitatie loopt niet meer en wordt overgeslagen."))
                .body(containsString("Let op: 1 kandidaat zit al in de gesprekken of verder"))
                .body(containsString("Ja, 3 kandidaten afwijzen"))
                .body(containsString("Alle 3 kandidaten tonen"))
                .body(containsString("name=\"confirmed\" value=\"true\""))
                .extract().asString();
        String warning = page.substring(page.indexOf("id=\"late-warning\""), page.indexOf("</div>", page.indexOf("id=\"late-warning\"")));
        assertTrue(warning.contains("Yara El Idrissi") && warning.contains("Interview"), warning);
        assertTrue(!warning.contains("Fenna Bakker") && !warning.contains("Gerrit Mulder"), warning);
        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(early.id).status, "nothing happens before the confirmation");
        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(interview.id).status);

        recruiter.post("/app/vacancies/" + vacancy.id + "/board/bulk", Map.of("ids", List.of(early.id, interview.id),
                "action", "move", "toStageId", TestApplications.stagesOf(vacancy).get(2).id)).then().statusCode(200)
                .body(containsString("2 kandidaten naar Telefonisch gesprek verplaatsen?"))
                .body(containsString("Let op: 1 kandidaat zit al in de gesprekken of verder"));
        // One candidate: no "Alle 1 kandidaten tonen".
        recruiter.post("/app/vacancies/" + vacancy.id + "/board/bulk", Map.of("ids", List.of(screening.id),
                "action", "reject", "reasonId", 1, "timing", "TOMORROW")).then().statusCode(200)
                .body(containsString("1 kandidaat afwijzen?"))
                .body(containsString("De kandidaat tonen"))
                .body(not(containsString("Alle 1 kandidaten")));
        assertEquals(0, TestApplications.reload(early.id).stage.sortOrder - TestApplications.stagesOf(vacancy).get(0).sortOrder);
    }

    @Test
    void aReturnAddressThatIsNoAddressGoesBackToTheBoard() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        Stage next = TestApplications.stagesOf(vacancy).get(1);
        String board = "/app/vacancies/" + vacancy.id + "/board";
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post(board + "/bulk", Map.of("ids", List.of(application.id), "action", "move", "toStageId", next.id,
                "returnTo", "/a|b")).then().statusCode(200)
                .body(containsString("name=\"returnTo\" value=\"" + board + "\""));
        recruiter.post(board + "/bulk", Map.of("ids", List.of(application.id), "action", "move", "toStageId", next.id,
                "confirmed", true, "returnTo", "/ x")).then().statusCode(303).header("Location", endsWith(board));
        assertEquals(next.id, TestApplications.reload(application.id).stage.id);
        for (String notAnAddress : List.of("/%", "/\t/evil.example", "https://evil.example/")) {
            recruiter.post(board + "/bulk", Map.of("action", "move", "returnTo", notAnAddress)).then().statusCode(303)
                    .header("Location", endsWith(board));
        }
    }

    @Test
    void undoesABulkRejectionWhileTheMailsWait() {
        Vacancy vacancy = aVacancy().published().persist();
        String firstMail = email("eerst");
        String secondMail = email("tweede");
        Application first = anApplication().to(vacancy).by("Rosa Smit").withEmail(firstMail).inStage(1).persist();
        Application second = anApplication().to(vacancy).by("Tom Hendriks").withEmail(secondMail).inStage(3).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        Response rejected = recruiter.post("/app/vacancies/" + vacancy.id + "/board/bulk", Map.of("ids", List.of(first.id, second.id),
                "action", "reject", "reasonId", 1, "timing", "TOMORROW", "confirmed", true,
                "returnTo", "/app/vacancies/" + vacancy.id + "/board?q=a"));
        rejected.then().statusCode(303);
        String location = rejected.header("Location");
        assertTrue(location.endsWith("/app/vacancies/" + vacancy.id + "/board?q=a&undo=" + first.id + "." + second.id)
                || location.endsWith("/app/vacancies/" + vacancy.id + "/board?q=a&undo=" + second.id + "." + first.id), location);
        assertEquals(ApplicationStatus.REJECTED, TestApplications.reload(first.id).status);
        assertEquals(1, unsentMailsTo(firstMail));
        recruiter.get(location.substring(location.indexOf("/app/"))).then().statusCode(200)
                .body(containsString("2 kandidaten afgewezen, de mails staan klaar."))
                .body(containsString("action=\"/app/vacancies/" + vacancy.id + "/board/undo\""))
                .body(containsString("Ongedaan maken"));

        recruiter.post("/app/vacancies/" + vacancy.id + "/board/undo", Map.of("ids", List.of(first.id, second.id)))
                .then().statusCode(200)
                .body(containsString("Rosa Smit is weer actief, de mail gaat niet weg."))
                .body(containsString("Tom Hendriks is weer actief, de mail gaat niet weg."));

        Application restored = TestApplications.reload(second.id);
        assertEquals(ApplicationStatus.ACTIVE, restored.status);
        assertEquals(TestApplications.stagesOf(vacancy).get(3).id, restored.stage.id, "back in the stage it was in");
        assertNull(restored.endedAt);
        assertNull(restored.rejectionReason);
        assertEquals(0, unsentMailsTo(firstMail));
        assertEquals(0, unsentMailsTo(secondMail));
        List<AuditEvent> audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.forEntity(AuditLog.APPLICATION, first.id));
        assertTrue(audit.stream().anyMatch(e -> e.action == AuditAction.APPLICATION_REJECTION_UNDONE), "undo on record");
        recruiter.get("/app/vacancies/" + vacancy.id + "/board").then().body(containsString("id=\"card-" + first.id + "\""));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> SmtpServer.messagesTo(firstMail).isEmpty() && SmtpServer.messagesTo(secondMail).isEmpty());
    }

    @Test
    void refusesToUndoARejectionWhoseMailWasSent() {
        Vacancy vacancy = aVacancy().published().persist();
        String sentMail = email("verstuurd");
        String waitingMail = email("wacht");
        Application sent = anApplication().to(vacancy).by("Kees Verstuurd").withEmail(sentMail).persist();
        Application waiting = anApplication().to(vacancy).by("Lotte Wacht").withEmail(waitingMail).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/vacancies/" + vacancy.id + "/board/bulk", Map.of("ids", List.of(sent.id), "action", "reject",
                "reasonId", 1, "timing", "NOW", "confirmed", true)).then().statusCode(303);
        recruiter.post("/app/vacancies/" + vacancy.id + "/board/bulk", Map.of("ids", List.of(waiting.id), "action", "reject",
                "reasonId", 1, "timing", "IN_TWO_DAYS", "confirmed", true)).then().statusCode(303);
        SmtpServer.awaitMessagesTo(sentMail, 1, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentMailsTo(sentMail) == 0);

        recruiter.post("/app/vacancies/" + vacancy.id + "/board/undo", Map.of("ids", List.of(sent.id, waiting.id)))
                .then().statusCode(200)
                .body(containsString("Kees Verstuurd blijft afgewezen: de mail is al verstuurd."))
                .body(containsString("Lotte Wacht is weer actief"))
                .body(not(containsString("Kees Verstuurd is weer actief")));

        Application stays = TestApplications.reload(sent.id);
        assertEquals(ApplicationStatus.REJECTED, stays.status);
        assertNotNull(stays.endedAt);
        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(waiting.id).status);
    }
}
