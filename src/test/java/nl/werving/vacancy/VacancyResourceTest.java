package nl.werving.vacancy;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.support.TestClock;
import nl.werving.support.TestTexts;
import nl.werving.support.TestUsers;
import nl.werving.support.TestVacancies;
import nl.werving.support.WebSession;

@QuarkusTest
class VacancyResourceTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static Map<String, Object> validForm(String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("team", "Klantenservice Zakelijk");
        form.put("city", "Amersfoort");
        form.put("country", "NL");
        form.put("workModel", "HYBRID");
        form.put("contractType", "PERMANENT");
        form.put("openings", "2");
        form.put("hoursMin", "32");
        form.put("hoursMax", "38");
        form.put("eveningWork", "true");
        form.put("languageNl", "C1");
        form.put("languageEn", "B1");
        form.put("tasks", "Klantvragen beantwoorden\nOrders verwerken");
        form.put("mustHaves", "Goed Nederlands");
        form.put("salaryMin", "2600");
        form.put("salaryMax", "3100");
        return form;
    }

    private static String uniqueTitle() {
        return "Servicemedewerker " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsDraftAndRedirectsToItWithAMessage() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String title = uniqueTitle();

        Response created = recruiter.post("/app/vacancies", validForm(title));

        created.then().statusCode(303).header("Location", containsString("/app/vacancies/"));
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));
        Vacancy vacancy = TestVacancies.reload(id);
        assertEquals(title, vacancy.title);
        assertEquals(VacancyStatus.DRAFT, vacancy.status);
        assertEquals(32, vacancy.hoursMin);
        assertEquals(3100, vacancy.salaryMax);
        assertEquals(true, vacancy.eveningWork);
        assertEquals(LanguageLevel.C1, vacancy.levelFor(Language.NL).orElseThrow());
        assertEquals("servicemedewerker-" + title.substring(18) + "-amersfoort", vacancy.slug);
        recruiter.get("/app/vacancies/" + id).then().statusCode(200)
                .body(containsString("is aangemaakt als concept"))
                .body(containsString("€\u00a02.600 – €\u00a03.100 bruto per maand"))
                .body(containsString("32–38 uur per week"));
    }

    @ParameterizedTest(name = "{0}={1} gives \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "title|                    |title      |Vul een functietitel in.",
            "city|                     |city       |Vul de plaats in waar het werk is.",
            "hoursMin|                 |hoursMin   |Vul het aantal uren per week in.",
            "hoursMin|49               |hoursMin   |Maximaal 48.",
            "hoursMin|39               |hoursRange |Het minimum aantal uren mag niet hoger zijn dan het maximum.",
            "salaryMin|3200            |salaryRange|Het salaris vanaf mag niet hoger zijn dan het salaris tot en met.",
            "salaryMax|-5              |salaryMax  |Minimaal 0.",
            "openings|0                |openings   |Minimaal 1.",
            "slug|Mijn Vacature!       |slug       |Alleen kleine letters, cijfers en streepjes",
            "scheduleNote|LONG_TEXT    |scheduleNote|Maximaal 500 tekens."
    })
    void refusesInvalidFieldWithMessageNextToItAndKeepsInput(String field, String value, String errorField, String message) {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String title = uniqueTitle();
        Map<String, Object> form = validForm(title);
        form.put(field, value == null ? "" : "LONG_TEXT".equals(value) ? "x".repeat(501) : value);
        long before = TestVacancies.count();

        Response response = recruiter.post("/app/vacancies", form);

        response.then().statusCode(400)
                .body(anyOf(containsString("id=\"f-" + errorField + "-error\""), containsString("id=\"f-" + errorField + "\"")))
                .body(containsString(message))
                .body(containsString("id=\"error-summary\""))
                .body(containsString("value=\"Klantenservice Zakelijk\""));
        assertEquals(before, TestVacancies.count(), "nothing is saved");
    }

    @Test
    void keepsVacancyTextsOfFourThousandAccentedCharactersIntact() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = validForm(uniqueTitle());
        String tasks = "€".repeat(4000);
        String dayInTheLife = TestTexts.accented(4000);
        form.put("tasks", tasks);
        form.put("dayInTheLife", dayInTheLife);

        Response created = recruiter.post("/app/vacancies", form);

        created.then().statusCode(303);
        Vacancy vacancy = TestVacancies.reload(Long.parseLong(created.header("Location").replaceAll(".*/", "")));
        assertEquals(tasks, vacancy.tasks);
        assertEquals(dayInTheLife, vacancy.dayInTheLife);
    }

    @Test
    void refusesAVacancyTextOverItsLimitBesideTheFieldAndKeepsEverything() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = validForm(uniqueTitle());
        String tasks = "€".repeat(4001);
        form.put("tasks", tasks);
        long before = TestVacancies.count();

        recruiter.post("/app/vacancies", form).then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"f-tasks-error\""))
                .body(containsString("Maximaal 4000 tekens."))
                .body(containsString(">" + tasks + "</textarea>"))
                .body(containsString("value=\"Klantenservice Zakelijk\""));
        assertEquals(before, TestVacancies.count(), "nothing is saved");
    }

    @Test
    void showsValidationMessagesInEnglishWhenChosen() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter()).language("en");
        Map<String, Object> form = validForm("");

        recruiter.post("/app/vacancies", form).then().statusCode(400)
                .body(containsString("Enter a job title."))
                .body(containsString("Please check the marked fields"));
    }

    @Test
    void refusesFormWithoutCsrfTokenAndSavesNothing() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        long before = TestVacancies.count();

        recruiter.postWithoutCsrf("/app/vacancies", validForm(uniqueTitle())).then().statusCode(400);

        assertEquals(before, TestVacancies.count());
    }

    @Test
    void editsAVacancy() {
        Vacancy vacancy = aVacancy().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = validForm("Nieuwe titel " + vacancy.id);
        form.put("version", vacancy.version);

        recruiter.post("/app/vacancies/" + vacancy.id, form).then().statusCode(303);

        Vacancy changed = TestVacancies.reload(vacancy.id);
        assertEquals("Nieuwe titel " + vacancy.id, changed.title);
        assertEquals("Amersfoort", changed.city);
        assertEquals(vacancy.version + 1, changed.version);
    }

    @Test
    void refusesAStaleEditAndOverwritesNothing() {
        Vacancy vacancy = aVacancy().persist();
        WebSession first = WebSession.as(TestUsers.recruiter());
        WebSession second = WebSession.as(TestUsers.recruiter());
        Map<String, Object> firstForm = validForm("Eerste versie " + vacancy.id);
        firstForm.put("version", vacancy.version);
        Map<String, Object> secondForm = validForm("Tweede versie " + vacancy.id);
        secondForm.put("version", vacancy.version);

        first.post("/app/vacancies/" + vacancy.id, firstForm).then().statusCode(303);
        second.post("/app/vacancies/" + vacancy.id, secondForm).then().statusCode(409)
                .body(containsString("Iemand anders heeft deze vacature intussen gewijzigd"))
                .body(containsString("value=\"Tweede versie " + vacancy.id + "\""));

        assertEquals("Eerste versie " + vacancy.id, TestVacancies.reload(vacancy.id).title);
    }

    @Test
    void refusesToPublishWithoutSalaryRange() {
        Vacancy vacancy = aVacancy().withoutSalary().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/vacancies/" + vacancy.id + "/publish").then().statusCode(303);

        assertEquals(VacancyStatus.DRAFT, TestVacancies.reload(vacancy.id).status);
        recruiter.get("/app/vacancies/" + vacancy.id).then()
                .body(containsString("Publiceren kan nog niet"))
                .body(containsString("EU-richtlijn loontransparantie"));
    }

    @Test
    void refusesToPublishWithClosingDateInThePast() {
        TestClock.set(Instant.parse("2026-11-25T10:00:00Z"));
        Vacancy vacancy = aVacancy().persist();
        QuarkusTransaction.requiringNew().run(() -> Vacancy.update("closingDate = ?1 where id = ?2", LocalDate.parse("2026-11-24"), vacancy.id));
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/vacancies/" + vacancy.id + "/publish").then().statusCode(303);

        assertEquals(VacancyStatus.DRAFT, TestVacancies.reload(vacancy.id).status);
        recruiter.get("/app/vacancies/" + vacancy.id).then().body(containsString("De sluitingsdatum ligt in het verleden."));
    }

    @Test
    void goesThroughTheLifecycle() {
        Vacancy vacancy = aVacancy().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String path = "/app/vacancies/" + vacancy.id;

        recruiter.post(path + "/publish").then().statusCode(303).header("Location", endsWith(path));
        Vacancy published = TestVacancies.reload(vacancy.id);
        assertEquals(VacancyStatus.OPEN, published.status);
        assertNotNull(published.publishedAt);
        recruiter.get(path).then().body(containsString("is gepubliceerd"));

        recruiter.post(path + "/hold").then().statusCode(303);
        assertEquals(VacancyStatus.ON_HOLD, TestVacancies.reload(vacancy.id).status);

        recruiter.post(path + "/publish").then().statusCode(303);
        assertEquals(VacancyStatus.OPEN, TestVacancies.reload(vacancy.id).status);
        assertEquals(published.publishedAt, TestVacancies.reload(vacancy.id).publishedAt, "first publication date is kept");

        recruiter.post(path + "/close").then().statusCode(303);
        Vacancy closed = TestVacancies.reload(vacancy.id);
        assertEquals(VacancyStatus.CLOSED, closed.status);
        assertNotNull(closed.closedAt);

        recruiter.post(path + "/publish").then().statusCode(303);
        assertEquals(VacancyStatus.CLOSED, TestVacancies.reload(vacancy.id).status, "closed is final");
        recruiter.get(path).then().body(containsString("Deze statuswijziging is niet mogelijk"))
                .body(not(containsString(path + "/edit")));
    }

    @Test
    void keepsThePublicAddressOncePublished() {
        Vacancy vacancy = aVacancy().published().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = validForm("Andere titel " + vacancy.id);
        form.put("slug", "iets-anders-" + vacancy.id);
        form.put("version", vacancy.version);

        recruiter.post("/app/vacancies/" + vacancy.id, form).then().statusCode(303);

        assertEquals(vacancy.slug, TestVacancies.reload(vacancy.id).slug);
    }

    @Test
    void makesSlugsUnique() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String title = uniqueTitle();

        String first = recruiter.post("/app/vacancies", validForm(title)).header("Location");
        String second = recruiter.post("/app/vacancies", validForm(title)).header("Location");

        String firstSlug = TestVacancies.reload(Long.parseLong(first.replaceAll(".*/", ""))).slug;
        String secondSlug = TestVacancies.reload(Long.parseLong(second.replaceAll(".*/", ""))).slug;
        assertEquals(firstSlug + "-2", secondSlug);
    }

    @Test
    void refusesAHiringManagerWhoIsNotOne() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = validForm(uniqueTitle());
        form.put("hiringManagerId", TestUsers.recruiter().id);

        recruiter.post("/app/vacancies", form).then().statusCode(400)
                .body(containsString("id=\"f-hiringManagerId-error\""))
                .body(containsString("Kies een actieve gebruiker met deze rol."));
    }

    @Test
    void listsFiltersAndSearches() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        aVacancy().titled("Chat-agent " + marker).published().persist();
        aVacancy().titled("Backoffice " + marker).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.get("/app/vacancies?q=" + marker).then().statusCode(200)
                .body(containsString("Chat-agent " + marker)).body(containsString("Backoffice " + marker));
        recruiter.get("/app/vacancies?status=OPEN&q=" + marker).then().statusCode(200)
                .body(containsString("Chat-agent " + marker)).body(not(containsString("Backoffice " + marker)));
        recruiter.get("/app/vacancies?q=nothing-matches-" + marker).then().statusCode(200)
                .body(containsString("Geen vacatures gevonden"));
    }

    @Test
    void showsTheLastPageForAPageNumberBeyondTheEnd() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        aVacancy().titled("Laatste pagina " + marker).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.get("/app/vacancies?q=" + marker + "&page=2147483647").then().statusCode(200)
                .body(containsString("Laatste pagina " + marker));
        recruiter.get("/app/vacancies?page=2147483647").then().statusCode(200)
                .body(containsString("Vacatures")).body(not(containsString("rel=\"next\"")));
        recruiter.get("/app/vacancies?q=nothing-matches-" + marker + "&page=2147483647").then().statusCode(200)
                .body(containsString("Geen vacatures gevonden"));
    }

    @Test
    void showsTheNotFoundPageForAnUnknownVacancy() {
        WebSession.as(TestUsers.recruiter()).get("/app/vacancies/987654321").then().statusCode(404)
                .body(containsString("Pagina niet gevonden"));
    }

    @Test
    void doesNotSaveAnythingHalfWhenTheRuleFails() {
        Vacancy vacancy = aVacancy().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = validForm("Half opgeslagen? " + vacancy.id);
        form.put("version", vacancy.version);
        form.put("recruiterId", TestUsers.hiringManager().id);

        recruiter.post("/app/vacancies/" + vacancy.id, form).then().statusCode(400);

        Vacancy unchanged = TestVacancies.reload(vacancy.id);
        assertEquals(vacancy.title, unchanged.title);
        assertNull(unchanged.recruiter);
    }
}
