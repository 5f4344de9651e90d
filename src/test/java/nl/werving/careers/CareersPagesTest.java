package nl.werving.careers;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;
import nl.werving.web.Formats;

@QuarkusTest
class CareersPagesTest {

    @ConfigProperty(name = "werving.base-url")
    String baseUrl;


    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listsOpenVacanciesOnlyWithSalaryAndHours() {
        String marker = marker();
        Vacancy open = aVacancy().titled("Open " + marker).published().persist();
        Vacancy draft = aVacancy().titled("Concept " + marker).persist();
        Vacancy onHold = aVacancy().titled("Gepauzeerd " + marker).withStatus(VacancyStatus.ON_HOLD).persist();
        Vacancy closed = aVacancy().titled("Gesloten " + marker).withStatus(VacancyStatus.CLOSED).persist();
        Vacancy expired = aVacancy().titled("Verlopen " + marker).published().closingOn(LocalDate.now(Formats.ZONE).minusDays(1)).persist();

        String page = given().get("/jobs").then().statusCode(200).extract().asString();

        assertTrue(page.contains(open.title));
        assertTrue(page.contains("€\u00a02.600 – €\u00a03.100 bruto per maand"));
        for (Vacancy hidden : List.of(draft, onHold, closed, expired)) {
            assertTrue(!page.contains(hidden.title), hidden.title + " is not public");
            given().get("/jobs/" + hidden.slug).then().statusCode(404).body(containsString("Pagina niet gevonden"));
        }
        given().get("/").then().statusCode(200).body(containsString(open.title)).body(not(containsString(draft.title)));
    }

    @Test
    void filtersByCityContractHoursAndLanguage() {
        String marker = marker();
        Vacancy utrechtPartTime = aVacancy().titled("Deeltijd " + marker).inCity("Utrecht" + marker).hours(16, 24).published().persist();
        Vacancy gentFrench = aVacancy().titled("Frans " + marker).inCity("Gent" + marker).hours(36, 38)
                .contract(ContractType.AGENCY).requiring(Language.FR, LanguageLevel.B2).published().persist();

        given().get("/jobs?city=Utrecht" + marker).then().statusCode(200)
                .body(containsString(utrechtPartTime.title)).body(not(containsString(gentFrench.title)))
                .body(containsString("<option value=\"Utrecht" + marker + "\" selected>"));
        given().get("/jobs?language=FR").then().body(containsString(gentFrench.title)).body(not(containsString(utrechtPartTime.title)));
        given().get("/jobs?contract=AGENCY").then().body(containsString(gentFrench.title)).body(not(containsString(utrechtPartTime.title)));
        given().get("/jobs?hours=UP_TO_24").then().body(containsString(utrechtPartTime.title)).body(not(containsString(gentFrench.title)));
        given().get("/jobs?hours=FROM_32").then().body(containsString(gentFrench.title)).body(not(containsString(utrechtPartTime.title)));
        given().get("/jobs?city=Nergens" + marker).then().body(containsString("Geen vacatures met deze filters"));
    }

    @Test
    void anUnknownFilterValueFromAnOldLinkFiltersNothing() {
        String marker = marker();
        Vacancy utrechtPartTime = aVacancy().titled("Deeltijd " + marker).hours(16, 24).published().persist();
        Vacancy gentFrench = aVacancy().titled("Frans " + marker).hours(36, 38)
                .contract(ContractType.AGENCY).requiring(Language.FR, LanguageLevel.B2).published().persist();

        for (String unknown : List.of("contract=zzz", "hours=abc", "language=xx", "contract=zzz&hours=abc&language=xx")) {
            given().get("/jobs?q=" + marker + "&" + unknown).then().statusCode(200)
                    .body(containsString(utrechtPartTime.title)).body(containsString(gentFrench.title))
                    .body(not(containsString("Pagina niet gevonden")));
        }
        given().get("/jobs?q=" + marker + "&contract=AGENCY&hours=abc").then().statusCode(200)
                .body(containsString(gentFrench.title)).body(not(containsString(utrechtPartTime.title)));
        given().get("/jobs/alerts?q=" + marker + "&contract=zzz&hours=UP_TO_24&language=xx").then().statusCode(200)
                .body(not(containsString("value=\"zzz\""))).body(not(containsString("value=\"xx\"")))
                .body(containsString("<option value=\"UP_TO_24\" selected>"));
    }

    @Test
    void describesTheVacancyAsJobPostingForSearchEngines() throws Exception {
        Vacancy vacancy = aVacancy().published().closingOn(LocalDate.of(2099, 1, 31)).remote().persist();

        String page = given().get("/jobs/" + vacancy.slug).then().statusCode(200)
                .body(containsString("<meta property=\"og:title\" content=\"" + vacancy.title))
                .body(containsString("<link rel=\"canonical\" href=\"" + baseUrl + "/jobs/" + vacancy.slug + "\">"))
                .extract().asString();

        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find(), "the page has JSON-LD");
        JsonNode posting = new ObjectMapper().readTree(script.group(1));
        assertEquals("JobPosting", posting.get("@type").asText());
        assertEquals(vacancy.title, posting.get("title").asText());
        assertTrue(posting.get("description").asText().contains("Klantvragen beantwoorden"));
        assertEquals(LocalDate.now(Formats.ZONE).toString(), posting.get("datePosted").asText());
        assertTrue(posting.get("validThrough").asText().startsWith("2099-01-31T23:59"));
        assertEquals("FULL_TIME", posting.get("employmentType").get(0).asText());
        assertEquals("PART_TIME", posting.get("employmentType").get(1).asText());
        assertEquals("Klantkracht Groep", posting.get("hiringOrganization").get("name").asText());
        assertEquals("Utrecht", posting.get("jobLocation").get("address").get("addressLocality").asText());
        assertEquals("NL", posting.get("jobLocation").get("address").get("addressCountry").asText());
        assertEquals("TELECOMMUTE", posting.get("jobLocationType").asText());
        assertEquals("EUR", posting.get("baseSalary").get("currency").asText());
        assertEquals(2600, posting.get("baseSalary").get("value").get("minValue").asInt());
        assertEquals(3100, posting.get("baseSalary").get("value").get("maxValue").asInt());
        assertEquals("MONTH", posting.get("baseSalary").get("value").get("unitText").asText());
        // The same bytes on every instance and after every restart: each object's type first, the rest in a fixed order.
        assertEquals(List.of("@context", "@type", "title"), fieldNames(posting).subList(0, 3));
        assertEquals(List.of("@type", "name", "value"), fieldNames(posting.get("identifier")));
        assertEquals(List.of("@type", "name", "sameAs", "logo"), fieldNames(posting.get("hiringOrganization")));
        assertEquals(List.of("@type", "name"), fieldNames(posting.get("applicantLocationRequirements")));
        assertEquals(List.of("@type", "address"), fieldNames(posting.get("jobLocation")));
        assertEquals(List.of("@type", "addressLocality", "addressCountry"), fieldNames(posting.get("jobLocation").get("address")));
        assertEquals(List.of("@type", "currency", "value"), fieldNames(posting.get("baseSalary")));
        assertEquals(List.of("@type", "minValue", "maxValue", "unitText"), fieldNames(posting.get("baseSalary").get("value")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void showsTheWholeHonestAd() {
        Vacancy vacancy = aVacancy().withEveningWork().withWeekendWork().withScheduleNote("Ma–vr tussen 8:00 en 20:00.")
                .published().persist();

        given().get("/jobs/" + vacancy.slug).then().statusCode(200)
                .body(containsString("Rooster: avonden, weekenden. <span lang=\"nl\">Ma–vr tussen 8:00 en 20:00.</span>"))
                .body(not(containsString(" . <span")))
                .body(containsString("32–40 uur per week"))
                .body(containsString("Nederlands C1 – zeer goed"))
                .body(containsString("Vast contract"))
                .body(containsString("Orders verwerken"))
                .body(containsString("Rustig onder druk"))
                .body(containsString("action=\"/jobs/" + vacancy.slug + "/apply#solliciteren\""));
    }

    @Test
    void speaksEnglishAndFrenchWhenChosen() {
        Vacancy vacancy = aVacancy().withEveningWork().withScheduleNote("Ma–vr tussen 8:00 en 20:00.").published().persist();

        given().cookie("werving-lang", "en").get("/jobs/" + vacancy.slug).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Apply now")).body(containsString("gross per month"))
                .body(containsString("Schedule: evenings. <span lang=\"nl\">Ma–vr"));
        given().cookie("werving-lang", "fr").get("/jobs/" + vacancy.slug).then().statusCode(200)
                .body(containsString("Postuler maintenant")).body(containsString("brut par mois"))
                .body(containsString("Horaires\u00a0: soirées. <span lang=\"nl\">Ma–vr"));
    }

    @Test
    void offersAFeedForJobBoardsWithTheirSourceInTheLinks() throws Exception {
        Vacancy open = aVacancy().published().persist();
        Vacancy draft = aVacancy().persist();

        String xml = given().get("/jobs/feed.xml?src=indeed").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().asString();

        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList jobs = feed.getElementsByTagName("job");
        Element job = null;
        for (int i = 0; i < jobs.getLength(); i++) {
            Element candidate = (Element) jobs.item(i);
            if (text(candidate, "id").equals(String.valueOf(open.id))) {
                job = candidate;
            }
            assertTrue(!text(candidate, "id").equals(String.valueOf(draft.id)), "drafts stay out of the feed");
        }
        assertTrue(job != null, "the open vacancy is in the feed");
        assertEquals(open.title, text(job, "title"));
        assertEquals(baseUrl + "/jobs/" + open.slug + "?src=indeed#solliciteren", text(job, "applyurl"));
        assertEquals("Utrecht", text(job, "city"));
        assertEquals("PERMANENT", text(job, "contracttype"));
        assertEquals("32", text(job, "hoursmin"));
        assertEquals("40", text(job, "hoursmax"));
        assertEquals("2600", text(job, "min"));
        assertEquals("3100", text(job, "max"));
    }

    @Test
    void statesPurposesAndRetentionInThePrivacyNotice() {
        given().get("/privacy").then().statusCode(200)
                .body(containsString("28 dagen na het einde van de procedure"))
                .body(containsString("12 maanden"));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
