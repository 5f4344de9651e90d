package nl.werving.web;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateException;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The form section (web/FormSection): a post form carries the CSRF token, a get form does not, attributes pass through. */
@QuarkusTest
class FormSectionTest {

    private static final Pattern FORM = Pattern.compile("<form ([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final String TOKEN_FIELD = "<input type=\"hidden\" name=\"csrf-token\" value=\"";

    @Inject
    Engine engine;

    /** The opening tag's attributes and the body of the form whose attributes contain {@code marker}. */
    private static String[] form(String page, String marker) {
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (form.group(1).contains(marker)) {
                return new String[] { form.group(1), form.group(2) };
            }
        }
        throw new AssertionError("no form with " + marker);
    }

    @Test
    void givesAPostFormTheTokenAndItsAttributes() {
        Vacancy vacancy = aVacancy().published().persist();
        WebSession candidate = WebSession.anonymous();
        String page = candidate.get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();

        String[] apply = form(page, "id=\"apply-form\"");
        assertTrue(apply[0].startsWith("method=\"post\" action=\"/jobs/" + vacancy.slug + "/apply#solliciteren\""), apply[0]);
        assertTrue(apply[0].contains("enctype=\"multipart/form-data\""), apply[0]);
        assertTrue(apply[0].contains("class=\"wv-form\""), apply[0]);
        assertTrue(apply[0].matches(".*\\bnovalidate\\b(?!=).*"), "novalidate as a bare attribute: " + apply[0]);
        assertTrue(apply[1].contains(TOKEN_FIELD + candidate.csrfToken() + "\""), "the token of this visitor");
    }

    @Test
    void leavesTheTokenOutOfASearchForm() {
        String page = given().get("/jobs").then().statusCode(200).extract().asString();

        String[] filters = form(page, "action=\"/jobs\"");
        assertTrue(filters[0].startsWith("method=\"get\""), filters[0]);
        assertFalse(filters[1].contains("csrf-token"));
    }

    @Test
    void writesAConditionalAttributeOnlyWhenItHasAValue() {
        String plain = form(given().get("/login").then().statusCode(200).extract().asString(), "j_security_check")[0];
        String failed = form(given().get("/login?error=true").then().extract().asString(), "j_security_check")[0];

        assertFalse(plain.contains("aria-describedby"), plain);
        assertTrue(failed.contains("aria-describedby=\"login-error\""), failed);
    }

    @Test
    void choosesTheActionOfANewOrAnExistingRecord() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Vacancy vacancy = aVacancy().persist();

        String created = form(recruiter.get("/app/vacancies/new").then().statusCode(200).extract().asString(), "wv-form")[0];
        String edited = form(recruiter.get("/app/vacancies/" + vacancy.id + "/edit").then().statusCode(200).extract().asString(), "wv-form")[0];

        assertEquals("method=\"post\" action=\"/app/vacancies\"", created.substring(0, created.indexOf(" class")));
        assertEquals("method=\"post\" action=\"/app/vacancies/" + vacancy.id + "\"", edited.substring(0, edited.indexOf(" class")));
    }

    @Test
    void escapesAttributeValuesAndRendersItsContentWithThePagesData() {
        String html = engine.parse("{#form action=target method='get' class=style novalidate=false}<p>{name}</p>{/form}")
                .data("target", "/jobs?q=a&b").data("style", "x\" onclick=\"y").data("name", "Fenna de Wit").render();

        assertEquals("<form method=\"get\" action=\"/jobs?q=a&amp;b\" class=\"x&quot; onclick=&quot;y\">\n<p>Fenna de Wit</p>\n</form>", html);
    }

    @Test
    void refusesAnAttributeItDoesNotWrite() {
        TemplateException refused = assertThrows(TemplateException.class, () -> engine.parse("{#form action='/x' onclick='y'}{/form}"));

        assertTrue(refused.getMessage().contains("onclick"), refused.getMessage());
    }
}
