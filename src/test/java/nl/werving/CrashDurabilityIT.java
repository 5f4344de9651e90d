package nl.werving;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import nl.werving.support.PackagedApp;
import nl.werving.support.PlainHttp;
import nl.werving.support.TestFiles;

/**
 * What Werving told a person is done survives a crash: the packaged application takes a burst of
 * applications and an erasure, each confirmed to the person, and is killed with SIGKILL at once. After
 * a restart every confirmed application is there, the erased candidate is gone, and every confirmation
 * mail arrives (a mail that left just before the crash may come twice, with the same Message-ID).
 * Runs on H2 in {@code ./mvnw verify} and on PostgreSQL with {@code -Ppostgresql}.
 */
class CrashDurabilityIT {

    private static final int BURST = 30;
    private static final Pattern STATUS_LINK = Pattern.compile("/status/([A-Za-z0-9_-]{43})");

    private final GreenMail mailServer = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private PackagedApp app;

    @BeforeEach
    void start() {
        mailServer.start();
        app = PackagedApp.fresh("crash").mailTo(mailServer.getSmtp().getPort()).start();
    }

    @AfterEach
    void stop() {
        app.close();
        mailServer.stop();
    }

    @Test
    void keepsEveryConfirmedApplicationAndErasureThroughAKill() throws Exception {
        PlainHttp http = new PlainHttp(app.baseUrl());
        JsonNode vacancy = publishedVacancy(http);
        long vacancyId = vacancy.get("id").asLong();
        String slug = vacancy.get("slug").asText();

        String erasedEmail = "wist.zich@voorbeeld.nl";
        assertEquals(303, apply(http, slug, "Noor Wissink", erasedEmail));
        String erasedToken = statusToken(awaitMails(erasedEmail).get(0));

        List<String> emails = new ArrayList<>();
        List<Callable<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String email = "kandidaat" + i + "@voorbeeld.nl";
            emails.add(email);
            burst.add(() -> apply(new PlainHttp(app.baseUrl()), slug, "Kandidaat Nummer" + email.replaceAll("\\D", ""), email));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Integer> answer : pool.invokeAll(burst, 120, TimeUnit.SECONDS)) {
                assertEquals(303, answer.get(), "every application got its thank-you page");
            }
        } finally {
            pool.shutdownNow();
        }
        PlainHttp candidate = new PlainHttp(app.baseUrl());
        candidate.get("/status/" + erasedToken);
        assertEquals(303, candidate.postForm("/status/" + erasedToken + "/erase", Map.of("confirm", "true")).statusCode(),
                "the erasure was confirmed");

        app.kill();
        app.start();

        JsonNode applications = json(http.asAdmin().get("/api/vacancies/" + vacancyId + "/applications").body());
        assertEquals(BURST + 1, applications.size(), "every confirmed application is still there");
        long erased = 0;
        for (JsonNode application : applications) {
            if (application.get("candidateId").isNull()) {
                erased++;
                assertEquals("WITHDRAWN", application.get("status").asText());
            }
        }
        assertEquals(1, erased, "the erased candidate stays erased");
        assertEquals(404, new PlainHttp(app.baseUrl()).get("/status/" + erasedToken).statusCode(), "the erased candidate's link is dead");

        for (String email : emails) {
            List<MimeMessage> mails = awaitMails(email);
            Set<String> messageIds = mails.stream().map(CrashDurabilityIT::messageId).collect(Collectors.toSet());
            assertEquals(1, messageIds.size(), "a mail sent again after the crash is recognisably the same one: " + messageIds);
            assertEquals(200, new PlainHttp(app.baseUrl()).get("/status/" + statusToken(mails.get(0))).statusCode(),
                    "the status link in the confirmation works");
        }
        String console = app.output().toLowerCase(Locale.ROOT);
        assertEquals(List.of(), emails.stream().filter(console::contains).toList(), "no addresses in what the application printed");
        assertTrue(!console.contains("wist.zich") && !console.contains("wissink") && !console.contains("kandidaat nummer"),
                "no names in what the application printed");
    }

    private static JsonNode publishedVacancy(PlainHttp http) throws Exception {
        String body = """
                { "title": "Klantenservice medewerker nachtdienst", "team": "Klantenservice", "city": "Utrecht", "country": "NL",
                  "workModel": "HYBRID", "contractType": "PERMANENT", "openings": 30, "hoursMin": 32, "hoursMax": 40,
                  "languageNl": "C1", "intro": "Je helpt klanten via telefoon, mail en chat.",
                  "tasks": "Klantvragen beantwoorden", "mustHaves": "Goed Nederlands", "salaryMin": 2600, "salaryMax": 3100,
                  "closingDate": "2099-12-31" }""";
        JsonNode created = json(http.asAdmin().postJson("/api/vacancies", body).body());
        long id = created.get("id").asLong();
        assertEquals(200, http.asAdmin().postJson("/api/vacancies/" + id + "/publish", "{}").statusCode());
        return json(http.asAdmin().get("/api/vacancies/" + id).body());
    }

    private static int apply(PlainHttp http, String slug, String name, String email) throws Exception {
        http.get("/jobs/" + slug);
        return http.postMultipart("/jobs/" + slug + "/apply", Map.of("fullName", name, "email", email, "phone", "06 12345678"),
                "cv", "cv.pdf", "application/pdf", TestFiles.pdf()).statusCode();
    }

    /** The mail server's own threads may fail when the application dies mid-conversation; that is the crash, not the test. */
    private List<MimeMessage> awaitMails(String email) {
        return await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> List.of(mailServer.getReceivedMessages())
                .stream().filter(message -> recipients(message).contains(email)).toList(), mails -> !mails.isEmpty());
    }

    private static String recipients(MimeMessage message) {
        try {
            return String.valueOf(List.of(message.getAllRecipients()));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String statusToken(MimeMessage message) {
        Matcher link = STATUS_LINK.matcher(nl.werving.support.SmtpServer.text(message));
        assertTrue(link.find(), "the confirmation mail has the status link");
        return link.group(1);
    }

    private static JsonNode json(String body) throws Exception {
        return new ObjectMapper().readTree(body);
    }
}
