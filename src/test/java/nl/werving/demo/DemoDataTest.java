package nl.werving.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.interview.Interview;
import nl.werving.interview.ScorecardStatus;
import nl.werving.messaging.MessageTemplate;
import nl.werving.support.WebSession;
import nl.werving.reference.ReferenceCheck;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;
import nl.werving.web.RequestLocale;

@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void theThreeDemoLoginsWork() {
        for (String username : List.of("admin", "recruiter", "manager")) {
            WebSession.login(username, DemoData.PASSWORD).get("/app/vacancies").then().statusCode(200);
        }
    }

    @Test
    void theRecruitersHomePageShowsCandidatesWaitingTooLong() {
        WebSession.login("recruiter", DemoData.PASSWORD).get("/app").then().statusCode(200)
                .body(containsString("werkdagen in deze fase (termijn 2)"));
    }

    @Test
    void theDemoVacancyHasStageAutomations() {
        long id = QuarkusTransaction.requiringNew().call(() -> Vacancy.<Vacancy> find("title", "Klantenservice medewerker").firstResult().id);
        WebSession.login("recruiter", DemoData.PASSWORD).get("/app/vacancies/" + id + "/automations").then().statusCode(200)
                .body(containsString("Bericht sturen: Uitnodiging telefonisch gesprek"))
                .body(containsString("Kandidaat om referenties vragen"));
    }

    @Test
    void theLoginPageNamesTheDemoLogins() {
        given().get("/login").then().statusCode(200).body(containsString("wachtwoord demo"));
    }

    @Test
    void loadsEightVacanciesInEveryStatus() {
        List<Vacancy> vacancies = QuarkusTransaction.requiringNew().call(() -> Vacancy.<Vacancy> listAll());
        assertEquals(8, vacancies.size());
        for (VacancyStatus status : VacancyStatus.values()) {
            assertTrue(vacancies.stream().anyMatch(v -> v.status == status), "a demo vacancy is " + status);
        }
        assertTrue(vacancies.stream().filter(v -> v.status == VacancyStatus.OPEN)
                .allMatch(v -> v.salaryMin != null && v.salaryMax != null && v.tasks != null && v.mustHaves != null),
                "every open demo vacancy is an honest ad");
    }

    @Test
    void theManagerSeesOnlyTheirOwnDemoVacancies() {
        given().auth().preemptive().basic("manager", DemoData.PASSWORD).get("/api/vacancies")
                .then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void theManagerFindsAnInterviewToScoreBlindAndTheRecruiterSeesTheScores() {
        Interview held = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> find("select i from Interview i "
                + "join Scorecard s on s.interview = i where s.status = ?1", ScorecardStatus.SUBMITTED).singleResult());
        long application = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(held.id).application.id);

        WebSession manager = WebSession.login("manager", DemoData.PASSWORD);
        manager.get("/app/assessments/" + application).then().statusCode(200)
                .body(containsString("zodra je je eigen scorecard hebt ingediend"));
        manager.get("/app/interviews/" + held.id + "/scorecard").then().statusCode(200).body(containsString("Indienen"));
        WebSession.login("recruiter", DemoData.PASSWORD).get("/app/assessments/" + application).then().statusCode(200)
                .body(containsString("Jeroen van Dalen")).body(containsString("Geschikt"));
    }

    @Test
    void theRecruiterFindsAReferenceCheckWithAnAnswerAndARequestWaiting() {
        long application = QuarkusTransaction.requiringNew().call(() -> ReferenceCheck.<ReferenceCheck> findAll().singleResult().application.id);

        WebSession.login("recruiter", DemoData.PASSWORD).get("/app/references/" + application).then().statusCode(200)
                .body(containsString("Ruud Kerkhof")).body(containsString("Klanten vroegen naar haar terug."))
                .body(containsString("Lotte Maes")).body(containsString("Wacht op antwoord"));
    }

    @Test
    void anotherRecruiterFindsTaggedCandidatesAndTheSharedSearch() {
        WebSession.login("naima", DemoData.PASSWORD).request().queryParam("tag", "Spreekt Frans").get("/app/candidates").then()
                .statusCode(200)
                .body(containsString("wv-tag wv-tag-BLUE")).body(containsString("Franstalig, nog in procedure"));
    }

    @Test
    void loadsNothingTwice() {
        long before = QuarkusTransaction.requiringNew().call(() -> Vacancy.count());
        QuarkusTransaction.requiringNew().run(() -> demoData.onStart(null));
        long after = QuarkusTransaction.requiringNew().call(() -> Vacancy.count());
        assertEquals(before, after);
    }

    @Test
    void theTeamFindsMessageTemplatesInThreeLanguages() {
        List<MessageTemplate> templates = QuarkusTransaction.requiringNew().call(() -> MessageTemplate.<MessageTemplate> listAll());
        assertEquals(3, templates.size());
        assertTrue(templates.stream().allMatch(t -> t.body.en() != null && t.body.fr() != null), "each in Dutch, English and French");
        WebSession.login("admin", DemoData.PASSWORD).get("/app/message-templates").then().statusCode(200)
                .body(containsString("Uitnodiging telefonisch gesprek"));
    }

    @Test
    void volumeIntakeHasScreeningQuestionsMomentsToBookAndAFrenchText() {
        Vacancy chat = QuarkusTransaction.requiringNew().call(() -> Vacancy.<Vacancy> find("title", "Chat-agent e-commerce").firstResult());
        given().get("/jobs/" + chat.slug).then().statusCode(200)
                .body(containsString("Kun je in het weekend werken?")).body(containsString("(optioneel)"));

        Vacancy customerService = QuarkusTransaction.requiringNew()
                .call(() -> Vacancy.<Vacancy> find("title", "Klantenservice medewerker").firstResult());
        WebSession.login("recruiter", DemoData.PASSWORD).get("/app/vacancies/" + customerService.id + "/slots").then().statusCode(200)
                .body(containsString("Trainingsruimte 2"));

        Vacancy bilingual = QuarkusTransaction.requiringNew().call(() -> Vacancy.<Vacancy> find("title",
                "Tweetalige customer support medewerker NL/FR").firstResult());
        given().cookie(RequestLocale.COOKIE, "fr").get("/jobs/" + bilingual.slug).then().statusCode(200)
                .body(containsString("Collaborateur support client bilingue NL/FR"));
    }
}
