package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Applicant;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.TestVacancies;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;

/** Vacancy texts in NL, EN and FR: written on the form, shown in the visitor's language or marked as another one. */
@QuarkusTest
class CareersLanguagesTest {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> form(Vacancy vacancy) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", vacancy.title);
        form.put("team", "Klantenservice");
        form.put("city", "Utrecht");
        form.put("country", "NL");
        form.put("workModel", "HYBRID");
        form.put("contractType", "PERMANENT");
        form.put("openings", "1");
        form.put("hoursMin", "32");
        form.put("hoursMax", "40");
        form.put("languageNl", "C1");
        form.put("tasks", "Klantvragen beantwoorden");
        form.put("mustHaves", "Goed Nederlands");
        form.put("salaryMin", "2600");
        form.put("salaryMax", "3100");
        form.put("version", vacancy.version);
        return form;
    }

    @Test
    void recruiterWritesEnglishAndFrenchTextsAndAStaleSaveIsAConflict() {
        Vacancy vacancy = aVacancy().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app/vacancies/" + vacancy.id + "/edit").then().statusCode(200)
                .body(containsString("Tekst in het Engels")).body(containsString("name=\"titleFr\""));

        Map<String, Object> form = form(vacancy);
        form.put("titleEn", "Customer service agent");
        form.put("tasksEn", "Answer customer questions\nProcess orders");
        form.put("titleFr", "Agent service client");
        form.put("introFr", "Rejoignez notre équipe à Utrecht.");
        recruiter.post("/app/vacancies/" + vacancy.id, form).then().statusCode(303);

        Vacancy saved = TestVacancies.reload(vacancy.id);
        assertEquals("Customer service agent", saved.textIn(Language.EN).orElseThrow().title);
        assertEquals("Rejoignez notre équipe à Utrecht.", saved.textIn(Language.FR).orElseThrow().intro);
        recruiter.get("/app/vacancies/" + vacancy.id + "/edit").then().body(containsString("value=\"Customer service agent\""));

        // A colleague still on the old version changes only the French text: refused, nothing overwritten.
        Map<String, Object> stale = form(vacancy);
        stale.put("titleFr", "Conseiller clientèle");
        WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id, stale).then().statusCode(409);
        assertEquals("Agent service client", TestVacancies.reload(vacancy.id).textIn(Language.FR).orElseThrow().title);

        // Emptying a language removes it.
        Map<String, Object> without = form(saved);
        without.put("titleEn", "Customer service agent");
        without.put("tasksEn", "Answer customer questions\nProcess orders");
        recruiter.post("/app/vacancies/" + vacancy.id, without).then().statusCode(303);
        assertTrue(TestVacancies.reload(vacancy.id).textIn(Language.FR).isEmpty());
    }

    @Test
    void aTranslationTooLongOrWithoutTitleIsRefusedBesideTheField() {
        Vacancy vacancy = aVacancy().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter()).language("en");
        Map<String, Object> form = form(vacancy);
        form.put("titleEn", "Customer service agent");
        form.put("tasksEn", "x".repeat(4001));
        form.put("introFr", "Sans titre");
        recruiter.post("/app/vacancies/" + vacancy.id, form).then().statusCode(400)
                .body(containsString("id=\"f-tasksEn-error\""))
                .body(containsString("At most 4000 characters."))
                .body(containsString("id=\"f-titleFr-error\""))
                .body(containsString("Give the translation a title, or leave this language empty."))
                .body(containsString("Sans titre"));
        assertTrue(TestVacancies.reload(vacancy.id).texts.isEmpty());
    }

    @Test
    void careersPageShowsTheVisitorsLanguageOrSaysWhichOneItShows() throws Exception {
        String marker = marker();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker " + marker)
                .translated(Language.EN, "Customer service agent " + marker, "Answer customer questions").published().persist();

        String english = WebSession.anonymous().language("en").get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();
        assertTrue(english.contains("<h1 id=\"job-title\">Customer service agent " + marker + "</h1>"), english);
        assertTrue(english.contains("Answer customer questions"));
        assertFalse(english.contains("only available in"));
        JsonNode enPosting = jsonLd(english);
        assertEquals("en", enPosting.get("inLanguage").asText());
        assertEquals("Customer service agent " + marker, enPosting.get("title").asText());

        String french = WebSession.anonymous().language("fr").get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();
        assertTrue(french.contains("Cette offre n&#39;est disponible qu&#39;en néerlandais."), french);
        assertTrue(french.contains("<h1 id=\"job-title\" lang=\"nl\">Klantenservice medewerker " + marker + "</h1>"), french);
        assertTrue(french.contains("<ul class=\"wv-list\" lang=\"nl\">"));
        assertEquals("nl", jsonLd(french).get("inLanguage").asText());

        String dutch = WebSession.anonymous().language("nl").get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();
        assertTrue(dutch.contains("<h1 id=\"job-title\">Klantenservice medewerker " + marker + "</h1>"));
        assertFalse(dutch.contains("alleen in het Nederlands"));
    }

    @Test
    void theVacancyPageWritesAmountsAndDatesTheVisitorsWay() {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker " + marker()).closingOn(LocalDate.of(2099, 1, 8))
                .published().persist();

        String english = WebSession.anonymous().language("en").get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();
        String french = WebSession.anonymous().language("fr").get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();
        String dutch = WebSession.anonymous().language("nl").get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();

        assertTrue(english.contains("€2,600 – €3,100"), english);
        assertTrue(english.contains("8 Jan 2099"), english);
        assertTrue(french.contains("2\u202f600\u00a0€ – 3\u202f100\u00a0€"), french);
        assertTrue(french.contains("8 janv. 2099"), french);
        assertTrue(dutch.contains("€\u00a02.600 – €\u00a03.100"), dutch);
        assertTrue(dutch.contains("8 jan. 2099"), dutch);
    }

    @Test
    void aCandidateWhoAppliedInFrenchReadsTheFrenchTitleOnTheirPagesAndInTheirMail() throws Exception {
        String marker = marker();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker " + marker)
                .translated(Language.FR, "Conseiller clientèle " + marker, "Répondre aux clients").published().persist();
        Applicant applicant = anApplicant();
        applicant.session().language("fr");

        String token = applicant.applyAndReadStatusToken(vacancy.slug);

        String french = "Conseiller clientèle " + marker;
        String dutch = "Klantenservice medewerker " + marker;
        applicant.session().get("/jobs/" + vacancy.slug + "/applied").then().statusCode(200)
                .body(containsString(french)).body(not(containsString(dutch)));
        MimeMessage received = SmtpServer.messagesTo(applicant.email).get(0);
        assertTrue(received.getSubject().contains(french), received.getSubject());
        assertTrue(SmtpServer.text(received).contains(french));
        WebSession.anonymous().get("/status/" + token).then().statusCode(200)
                .body(containsString(french)).body(not(containsString(dutch)));
    }

    @Test
    void theApplyAddressOpenedAgainLeadsToTheFormOnTheVacancyPage() {
        Vacancy vacancy = aVacancy().published().persist();

        WebSession.anonymous().language("en").get("/jobs/" + vacancy.slug + "/apply").then().statusCode(303)
                .header("Location", endsWith("/jobs/" + vacancy.slug + "#solliciteren"));
        WebSession.anonymous().get("/jobs/geen-vacature-" + marker() + "/apply").then().statusCode(404);
    }

    @Test
    void theJobListIsCachedPerLanguage() {
        String marker = marker();
        aVacancy().titled("Chatmedewerker " + marker).translated(Language.EN, "Chat agent " + marker, "Chat").published().persist();
        String path = "/jobs?q=" + marker;
        for (int i = 0; i < 2; i++) {
            WebSession.anonymous().language("en").get(path).then().statusCode(200)
                    .body(containsString("Chat agent " + marker)).body(not(containsString("Chatmedewerker " + marker)));
            WebSession.anonymous().language("fr").get(path).then().statusCode(200)
                    .body(containsString("lang=\"nl\">Chatmedewerker " + marker)).body(containsString("Texte en néerlandais"));
            WebSession.anonymous().language("nl").get(path).then().statusCode(200)
                    .body(containsString(">Chatmedewerker " + marker)).body(not(containsString("Chat agent " + marker)));
        }
    }

    @Test
    void theFeedGivesTheAskedLanguageAndSaysWhichOneEachJobIsIn() {
        String marker = marker();
        aVacancy().titled("Telefonist " + marker).translated(Language.FR, "Téléphoniste " + marker, "Répondre").published().persist();
        aVacancy().titled("Alleen Nederlands " + marker).published().persist();

        String feed = WebSession.anonymous().get("/jobs/feed.xml?lang=fr").then().statusCode(200).extract().asString();
        assertTrue(feed.contains("<source xml:lang=\"fr\">"));
        Matcher french = Pattern.compile("<job xml:lang=\"fr\">\\s*<id>\\d+</id>\\s*<referencenumber>\\d+</referencenumber>\\s*<title>Téléphoniste "
                + marker + "</title>").matcher(feed);
        assertTrue(french.find(), feed);
        assertTrue(Pattern.compile("<job xml:lang=\"nl\">\\s*<id>\\d+</id>\\s*<referencenumber>\\d+</referencenumber>\\s*<title>Alleen Nederlands "
                + marker + "</title>").matcher(feed).find());
        WebSession.anonymous().get("/jobs/feed.xml").then().statusCode(200).body(containsString("<title>Telefonist " + marker + "</title>"));
        WebSession.anonymous().get("/jobs/feed.xml?lang=de").then().statusCode(400).body(containsString("use nl, en or fr"));
    }

    private static JsonNode jsonLd(String page) throws Exception {
        Matcher m = JSON_LD.matcher(page);
        assertTrue(m.find(), "JSON-LD on the page");
        return new ObjectMapper().readTree(m.group(1));
    }
}
