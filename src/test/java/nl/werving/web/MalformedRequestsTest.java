package nl.werving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.werving.identity.AppUser;
import nl.werving.support.RawHttp;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** Requests no browser sends, as anyone can: each gets a prompt 4xx or is read the way a browser's would be, never a 500 or silence. */
@QuarkusTest
class MalformedRequestsTest {

    /** Values no page puts in an address: text for a number, numbers beyond a long, a negative id, a long text. */
    private static final List<String> FOREIGN_VALUES = List.of("abc", "99999999999999999999", "-1", "x".repeat(300));

    @TestHTTPResource(value = "openapi", management = true)
    URL openApi;

    @Test
    void noAddressAnswersAServerErrorToValuesNoPageGivesIt() {
        // Every path and method of the API description, as each role: path parameters set to foreign values, and the query
        // parameters of pages without path parameters too. Forms carry the session's token and API bodies are broken JSON,
        // so that the request reaches the code that reads the values. With ids that name nothing, nothing changes.
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get(openApi).then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<String> serverErrors = new ArrayList<>();
        List<String> lostLogins = new ArrayList<>();
        int asked = 0;
        int notFound = 0;
        for (AppUser user : List.of(TestUsers.admin(), TestUsers.recruiter(), TestUsers.hiringManager())) {
            WebSession session = WebSession.as(user);
            for (var path : paths.entrySet()) {
                boolean api = path.getKey().startsWith("/api/");
                for (var operation : path.getValue().entrySet()) {
                    String method = operation.getKey().toUpperCase();
                    if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    for (String target : foreignTargets(path.getKey(), operation.getValue(), method)) {
                        RequestSpecification request = api
                                ? given().auth().preemptive().basic(user.username, TestUsers.PASSWORD).contentType("application/json")
                                        .body(method.equals("GET") || method.equals("DELETE") ? "" : "{\"title\":")
                                : method.equals("GET") ? session.request()
                                        : session.request().contentType("application/x-www-form-urlencoded")
                                                .formParam(WebSession.CSRF, session.csrfToken()).formParam("version", "abc");
                        var response = request.urlEncodingEnabled(false).request(method, target);
                        int status = response.statusCode();
                        asked++;
                        if (status >= 500) {
                            serverErrors.add(user.username + " " + method + " " + target + " -> " + status);
                        }
                        String location = response.header("Location");
                        if (location != null && location.endsWith("/login")) {
                            lostLogins.add(user.username + " " + method + " " + target);
                        }
                        if (status == 404 && !api) {
                            notFound++;
                        }
                    }
                }
            }
        }
        assertTrue(asked > 1_000, "asked " + asked);
        // The pages were asked as the user, and their code looked the ids up: a sweep that lost its login would pass.
        assertEquals(List.of(), lostLogins);
        assertTrue(notFound > 500, "pages that found nothing: " + notFound);
        assertEquals(List.of(), serverErrors);
    }

    /**
     * The addresses to ask: a path with parameters once per foreign value; one without, as it is and, when it reads query
     * parameters, with all of them foreign. A write without path parameters is left out: with a valid token or password it
     * would act.
     */
    @SuppressWarnings("unchecked")
    private static List<String> foreignTargets(String path, Map<String, Object> operation, String method) {
        List<String> targets = new ArrayList<>();
        if (path.contains("{")) {
            FOREIGN_VALUES.forEach(value -> targets.add(path.replaceAll("\\{[^}]+}", value)));
            return targets;
        }
        if (!method.equals("GET")) {
            return targets;
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        List<String> query = parameters.stream().filter(p -> "query".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
        targets.add(path);
        if (!query.isEmpty()) {
            FOREIGN_VALUES.forEach(value -> targets.add(path + "?" + query.stream().map(name -> name + "=" + value)
                    .collect(Collectors.joining("&"))));
        }
        return targets;
    }

    @Test
    void anAcceptHeaderThatCannotBeReadIsTakenAsAcceptingAnything() {
        for (String accept : new String[] { "foo", ",,,;;;q=x", "text/html;q=x" }) {
            given().header("Accept", accept).get("/jobs").then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("</html>"));
            given().header("Accept", accept).redirects().follow(false).get("/app").then().statusCode(302)
                    .header("Location", endsWith("/login"));
        }
    }

    @Test
    void aLoginThatIsNoFormIsRefusedAsSuch() {
        given().contentType("application/json").body("{}").post("/j_security_check").then().statusCode(415);
        given().contentType("text/plain").body("j_username=recruiter").post("/j_security_check").then().statusCode(415);
    }

    @Test
    void aSemicolonInAnAddressIsAnsweredPromptlyBeforeLogin() {
        // Read as %3B: no page is called "app;x", a vacancy's address with one is still behind the login.
        Map<String, String> expected = Map.of("/app;x", "HTTP/1.1 404", "/app/vacancies/1;x=1", "HTTP/1.1 302",
                "/app/candidates?q=a;b", "HTTP/1.1 302", "/api;/vacancies", "HTTP/1.1 404");
        for (var target : expected.entrySet()) {
            String response = RawHttp.exchange("GET " + target.getKey() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertTrue(response.startsWith(target.getValue()), target.getKey() + ": " + response);
            if (target.getValue().endsWith("302")) {
                assertTrue(response.contains("/login\r\n"), target.getKey() + ": " + response);
            }
        }
    }

    @Test
    void aBrokenMultipartBodyOnAFormIsABadRequest() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.request().contentType("multipart/form-data; boundary=xyz").body(("csrf-token=" + recruiter.csrfToken() + "&q=x").getBytes(StandardCharsets.US_ASCII))
                .post("/app/tagging").then().statusCode(400).contentType(containsString("text/html"))
                .body(not(containsString("Referentie voor de helpdesk")));
        WebSession visitor = WebSession.anonymous();
        visitor.request().contentType("multipart/form-data; boundary=xyz").body(("csrf-token=" + visitor.csrfToken() + "&email=x").getBytes(StandardCharsets.US_ASCII))
                .post("/jobs/alerts").then().statusCode(400).body(not(containsString("Referentie voor de helpdesk")));
    }

    @Test
    void aFormWithMoreFieldsThanAnyPageHasIsABadRequest() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", "tag");
        form.put("ids", IntStream.range(0, 1_100).boxed().toList());
        recruiter.post("/app/tagging", form).then().statusCode(400).contentType(containsString("text/html"))
                .body(not(containsString("Referentie voor de helpdesk")));
    }

    @Test
    void aFormTokenCookieThatIsNoTokenIsReplacedInsteadOfLockingTheVisitorOut() {
        for (String value : new String[] { "abc", "", "x".repeat(200) }) {
            String fresh = given().header("Cookie", "csrf-token=" + value).get("/jobs").then().statusCode(200)
                    .body(containsString("</html>")).extract().cookie(WebSession.CSRF);
            assertTrue(fresh != null && fresh.matches("[A-Za-z0-9_-]{22}"), "a new token: " + fresh);
        }
        // A form sent with it is still refused: it carries no token the server gave.
        given().header("Cookie", "csrf-token=abc").contentType("application/x-www-form-urlencoded")
                .formParam(WebSession.CSRF, "abc").formParam("email", "iemand@voorbeeld.nl").formParam("language", "nl")
                .redirects().follow(false).post("/jobs/alerts").then().statusCode(400);
    }
}
