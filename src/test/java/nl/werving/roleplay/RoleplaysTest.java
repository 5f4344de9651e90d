package nl.werving.roleplay;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;

/** Role-play results on the fixed criteria, and practical tests, recorded and shown with the assessment. */
@QuarkusTest
class RoleplaysTest {

    static Map<String, Object> roleplay(Application application, long scenarioId) {
        Map<String, Object> form = new HashMap<>();
        form.put("applicationId", application.id);
        form.put("scenarioId", scenarioId);
        form.put("tone", 4);
        form.put("wordChoice", 3);
        form.put("patience", 5);
        form.put("listening", 4);
        form.put("deEscalation", 2);
        form.put("solution", 3);
        form.put("durationMinutes", 12);
        form.put("verdict", "DOUBT");
        form.put("notes", "Zei: \"Ik begrijp dat dit vervelend is\", maar beloofde levering morgen zonder te checken.");
        return form;
    }

    static long angryCustomerScenario() {
        return QuarkusTransaction.requiringNew().call(() -> RoleplayScenario.<RoleplayScenario> find("sortOrder", 1).firstResult().id);
    }

    @Test
    void theVacancysManagerRecordsARolePlayAndItShowsWithTheAssessment() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession session = WebSession.as(manager);

        session.get("/app/roleplays/new?application=" + application.id).then().statusCode(200)
                .body(containsString("Voor de collega die de klant speelt"));
        session.post("/app/roleplays", roleplay(application, angryCustomerScenario())).then().statusCode(303)
                .header("Location", containsString("/app/assessments/" + application.id));

        RoleplayResult result = QuarkusTransaction.requiringNew().call(() -> RoleplayResult.<RoleplayResult> find("application.id",
                application.id).singleResult());
        assertEquals(List.of(4, 3, 5, 4, 2, 3), result.scores());
        assertEquals(12, result.durationMinutes);
        assertEquals(Verdict.DOUBT, result.verdict);
        RoleplayNote note = QuarkusTransaction.requiringNew().call(() -> {
            RoleplayNote found = RoleplayNote.<RoleplayNote> find("result.id", result.id).singleResult();
            found.candidate.id.longValue();
            return found;
        });
        assertEquals(application.candidate.id, note.candidate.id, "role-play notes belong to the candidate aggregate");

        session.get("/app/assessments/" + application.id).then().statusCode(200)
                .body(containsString("Twijfel"))
                .body(containsString("gemiddeld 3,5"))
                .body(containsString("maar beloofde levering morgen zonder te checken"));
    }

    @Test
    void everyCriterionAndTheVerdictAreRequired() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        Map<String, Object> form = roleplay(application, angryCustomerScenario());
        form.remove("deEscalation");
        form.put("verdict", "");
        form.put("tone", 7);

        WebSession.as(TestUsers.recruiter()).post("/app/roleplays", form).then().statusCode(400)
                .body(containsString("Kies een score van 1 tot en met 5."))
                .body(containsString("Kies een oordeel."))
                .body(containsString("maar beloofde levering morgen zonder te checken"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> RoleplayResult.count("application.id", application.id)));
    }

    @Test
    void practicalTestsKeepOnlyTheFieldsOfTheirKind() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/roleplays/tests", Map.of("applicationId", application.id, "kind", "LANGUAGE", "language", "FR"))
                .then().statusCode(400).body(containsString("Kies het behaalde niveau."));
        recruiter.post("/app/roleplays/tests", Map.of("applicationId", application.id, "kind", "LANGUAGE", "language", "FR",
                "cefrLevel", "B2", "wordsPerMinute", 55)).then().statusCode(303);
        recruiter.post("/app/roleplays/tests", Map.of("applicationId", application.id, "kind", "TYPING", "wordsPerMinute", 300,
                "accuracyPercent", 97)).then().statusCode(400).body(containsString("Vul 1 tot 250 woorden per minuut in."));
        recruiter.post("/app/roleplays/tests", Map.of("applicationId", application.id, "kind", "TYPING", "wordsPerMinute", 62,
                "accuracyPercent", 97)).then().statusCode(303);

        List<PracticalTest> tests = QuarkusTransaction.requiringNew().call(() -> PracticalTest.<PracticalTest> list(
                "application.id = ?1 order by id", application.id));
        assertEquals(2, tests.size());
        assertEquals(Language.FR, tests.get(0).language);
        assertEquals(LanguageLevel.B2, tests.get(0).cefrLevel);
        assertNull(tests.get(0).wordsPerMinute, "a language test keeps no typing speed");
        assertEquals(62, tests.get(1).wordsPerMinute);
        recruiter.get("/app/assessments/" + application.id).then().statusCode(200)
                .body(containsString("Frans: niveau B2")).body(containsString("62 woorden per minuut, 97% nauwkeurig"));
    }

    @Test
    void otherHiringManagersRecordNothing() {
        Vacancy vacancy = aVacancy().published().managedBy(TestUsers.hiringManager()).persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession stranger = WebSession.as(TestUsers.hiringManager());

        stranger.get("/app/roleplays/new?application=" + application.id).then().statusCode(403);
        stranger.post("/app/roleplays", roleplay(application, angryCustomerScenario())).then().statusCode(403);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> RoleplayResult.count("application.id", application.id)));
    }
}
