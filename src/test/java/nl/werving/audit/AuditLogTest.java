package nl.werving.audit;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.pipeline.Application;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class AuditLogTest {

    private static List<AuditEvent> byActor(long actorId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> list("actorId = ?1 order by id", actorId));
    }

    @Test
    void recordsLoginsAndLogouts() {
        AppUser user = TestUsers.recruiter();
        WebSession session = WebSession.as(user);
        TestUsers.awaitLoginRecorded(user);
        session.post("/logout").then().statusCode(303);

        assertEquals(List.of(AuditAction.LOGIN, AuditAction.LOGOUT), byActor(user.id).stream().map(e -> e.action).toList());
    }

    @Test
    void recordsUserChangesAndVacancyLifecycle() {
        AppUser admin = TestUsers.admin();
        WebSession session = WebSession.as(admin);
        session.post("/app/users", Map.of("username", "audit." + System.nanoTime(), "displayName", "Audit Persoon",
                "roles", List.of(Roles.RECRUITER), "password", "een-lang-wachtwoord")).then().statusCode(303);
        Vacancy vacancy = aVacancy().persist();
        session.post("/app/vacancies/" + vacancy.id + "/publish").then().statusCode(303);

        List<AuditEvent> events = byActor(admin.id);
        assertTrue(events.stream().anyMatch(e -> e.action == AuditAction.USER_CREATED && "roles recruiter".equals(e.detail)));
        assertTrue(events.stream().anyMatch(e -> e.action == AuditAction.VACANCY_STATUS_CHANGED && e.entityId.equals(vacancy.id)
                && "DRAFT -> OPEN".equals(e.detail)));
    }

    @Test
    void holdsNoPersonalDataOfCandidates() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Xandra Qwertyuiop").withEmail("xandra.qwertyuiop@voorbeeld.nl").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app/candidates/" + application.candidate.id).then().statusCode(200);
        recruiter.post("/app/candidates/" + application.candidate.id + "/notes", Map.of("body", "Qwertyuiop belt terug")).then().statusCode(303);
        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", 1, "personalLine", "Qwertyuiop succes",
                "version", application.version)).then().statusCode(303);

        List<String> rows = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> listAll().stream()
                .map(e -> e.action + " " + e.entityType + " " + e.entityId + " " + e.detail).toList());
        assertTrue(rows.stream().noneMatch(row -> row.toLowerCase().contains("qwertyuiop")), "no candidate data in the audit log");
    }

    @Test
    void adminsBrowseAndFilterTheLog() {
        AppUser admin = TestUsers.admin();
        Vacancy vacancy = aVacancy().persist();
        WebSession session = WebSession.as(admin);
        session.post("/app/vacancies/" + vacancy.id + "/close").then().statusCode(303);

        session.get("/app/audit?action=VACANCY_STATUS_CHANGED&type=vacancy&entity=" + vacancy.id).then().statusCode(200)
                .body(containsString("Status vacature gewijzigd")).body(containsString("DRAFT -&gt; CLOSED"))
                .body(containsString(admin.displayName)).body(not(containsString("<td>Profiel bekeken")));
        WebSession.as(TestUsers.recruiter()).get("/app/audit").then().statusCode(403);
    }

    @Test
    void showsTheLastPageOfTheLogForAPageNumberBeyondTheEnd() {
        Vacancy vacancy = aVacancy().persist();
        WebSession session = WebSession.as(TestUsers.admin());
        session.post("/app/vacancies/" + vacancy.id + "/close").then().statusCode(303);

        session.get("/app/audit?type=vacancy&entity=" + vacancy.id + "&page=2147483647").then().statusCode(200)
                .body(containsString("DRAFT -&gt; CLOSED"));
        session.get("/app/audit?page=2147483647").then().statusCode(200)
                .body(containsString("<table")).body(not(containsString("rel=\"next\"")));
    }
}
