package nl.werving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void answersAnUnknownAddressWithTheNotFoundPage() {
        given().get("/does-not-exist").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Pagina niet gevonden"))
                .body(not(containsString("Exception")))
                .body(not(containsString("/does-not-exist")));
    }

    @Test
    void answersInTheChosenLanguage() {
        given().cookie("werving-lang", "fr").get("/does-not-exist").then().statusCode(404)
                .body(containsString("Page introuvable"))
                .body(containsString("<html lang=\"fr\">"));
        given().header("Accept-Language", "en-GB,en;q=0.8").get("/does-not-exist").then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    void forbiddenPageLeaksNothing() {
        WebSession.as(TestUsers.recruiter()).get("/app/users").then().statusCode(403)
                .body(containsString("Geen toegang"))
                .body(not(containsString("ForbiddenException")))
                .body(not(containsString("RolesAllowed")));
    }

    @Test
    void rejectsMalformedInputWithAClientError() {
        WebSession.as(TestUsers.recruiter()).post("/app/vacancies", java.util.Map.of("hoursMin", "veertig"))
                .then().statusCode(400).body(not(containsString("NumberFormatException")));
    }

    @Test
    void answersAFieldFarBeyondAnyFormWithAPageNotARawError() {
        WebSession.as(TestUsers.recruiter()).language("fr").post("/app/vacancies", java.util.Map.of("title", "x".repeat(100_000)))
                .then().statusCode(413)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Trop de texte"))
                .body(not(containsString("Exception")));
        WebSession.anonymous().post("/referee/" + "A".repeat(43), java.util.Map.of("remarks", "x".repeat(100_000)))
                .then().statusCode(413)
                .contentType(containsString("text/html"))
                .body(containsString("Te veel tekst"))
                .body(containsString("Ga terug, maak de tekst korter"))
                .body(not(containsString("Exception")));
    }

    @Test
    void languageSwitchRemembersTheChoiceAndStaysOnTheSite() {
        given().redirects().follow(false).get("/language?lang=en&return=/app/vacancies").then().statusCode(303)
                .header("Location", containsString("/app/vacancies"))
                .cookie("werving-lang", "en");
        given().redirects().follow(false).get("/language?lang=en&return=https://evil.example/").then().statusCode(303)
                .header("Location", not(containsString("evil.example")));
    }

    @Test
    void languageSwitchGoesHomeForAReturnAddressThatIsNoAddress() {
        for (String notAnAddress : List.of("/ x", "/%", "/a|b", "/\t/evil.example")) {
            given().redirects().follow(false).queryParam("lang", "en").queryParam("return", notAnAddress).get("/language")
                    .then().statusCode(303)
                    .header("Location", matchesPattern("https?://[^/]+/"))
                    .cookie("werving-lang", "en");
        }
    }
}
