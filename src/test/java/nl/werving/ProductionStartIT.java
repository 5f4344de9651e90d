package nl.werving;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werving.support.PackagedApp;
import nl.werving.support.PlainHttp;

/** The production build as an operator starts it: what it refuses, what it never contains, what it never prints. */
class ProductionStartIT {

    @Test
    void refusesToStartWithoutASessionKey() {
        try (PackagedApp app = PackagedApp.fresh("no-key").with("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", null)) {
            assertNotEquals(0, app.startAndAwaitExit());
            assertThat(app.output(), containsString("quarkus.http.auth.session.encryption-key"));
            assertThat(app.output(), not(containsString("temporary key")));
        }
    }

    @Test
    void refusesToStartWithoutAMasterKey() {
        try (PackagedApp app = PackagedApp.fresh("no-master-key").with("WERVING_CRYPTO_MASTER_KEY", null)) {
            assertNotEquals(0, app.startAndAwaitExit());
            assertThat(app.output(), containsString("werving.crypto.master-key"));
        }
    }

    @Test
    void refusesAShortSessionKey() {
        try (PackagedApp app = PackagedApp.fresh("short-key").with("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "kort-en-zwak")) {
            assertNotEquals(0, app.startAndAwaitExit());
            assertThat(app.output(), containsString("quarkus.http.auth.session.encryption-key"));
            assertThat(app.output(), not(containsString("kort-en-zwak")));
        }
    }

    @Test
    void containsNoDemoUsersWhateverTheConfigurationSays() {
        try (PackagedApp app = PackagedApp.fresh("demo").with("WERVING_DEMO_ENABLED", "true").start()) {
            PlainHttp http = new PlainHttp(app.baseUrl());
            assertEquals(200, http.asAdmin().get("/api/vacancies").statusCode(), "the configured first admin exists");
            for (String demoUser : List.of("admin", "recruiter", "manager")) {
                assertEquals(401, basic(app.baseUrl() + "/api/vacancies", demoUser, "demo"), demoUser + " / demo");
            }
            assertThat(http.get("/login").body(), not(containsString("wachtwoord demo")));
            assertEquals(List.of(), PackagedApp.secretsIn(app.output()), "no key or password in the log");
        }
    }

    @Test
    void servesMetricsAndOpenApiOnlyOnTheManagementPort() {
        int management = PackagedApp.freePort();
        try (PackagedApp app = PackagedApp.fresh("management").with("QUARKUS_MANAGEMENT_PORT", String.valueOf(management)).start()) {
            PlainHttp http = new PlainHttp(app.baseUrl());
            assertEquals(200, http.get("/q/health/ready").statusCode());
            assertEquals(404, http.get("/q/metrics").statusCode());
            assertEquals(404, http.get("/q/openapi").statusCode());
            PlainHttp inside = new PlainHttp("http://localhost:" + management);
            assertEquals(200, inside.get("/q/metrics").statusCode());
            assertThat(inside.get("/q/openapi").body(), containsString("Werving API"));
        }
    }

    private static int basic(String url, String username, String password) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes()))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
