package nl.werving.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.werving.identity.AppUser;

/**
 * A browser-like session for page tests: keeps cookies (login, CSRF, language, flash) and adds the
 * CSRF token to every form it posts, the way the real form does.
 */
public final class WebSession {

    public static final String CSRF = "csrf-token";

    private final Map<String, String> cookies = new HashMap<>();

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession as(AppUser user) {
        return login(user.username, TestUsers.PASSWORD);
    }

    public static WebSession login(String username, String password) {
        WebSession session = new WebSession();
        Response response = session.request()
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
        session.keep(response);
        assertEquals(302, response.statusCode(), "login answers with a redirect");
        assertFalse(response.header("Location").contains("error"), "login of " + username + " failed");
        return session;
    }

    /** The same cookies in a second session: what someone who copied them (or a saved browser tab) holds. */
    public WebSession copy() {
        WebSession copy = new WebSession();
        copy.cookies.putAll(cookies);
        return copy;
    }

    public WebSession language(String code) {
        cookies.put("werving-lang", code);
        return this;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form as the browser would: with the CSRF token of this session. */
    public Response post(String path, Map<String, ?> form) {
        String token = csrfToken();
        return keep(request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).formParam(CSRF, token).post(path));
    }

    public Response post(String path) {
        return post(path, Map.of());
    }

    public Response postWithoutCsrf(String path, Map<String, ?> form) {
        return keep(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(path));
    }

    public String csrfToken() {
        if (!cookies.containsKey(CSRF)) {
            get("/login");
        }
        return cookies.get(CSRF);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }
}
