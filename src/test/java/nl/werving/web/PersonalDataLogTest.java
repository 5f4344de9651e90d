package nl.werving.web;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.support.Applicant;
import nl.werving.support.LogCapture;
import nl.werving.support.SmtpServer;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The log as the console writes it, searched for a candidate's name, e-mail address and phone number
 * after the paths that handle them: applying, applying twice at once (the database's duplicate-key
 * error quotes the address), erasure, and an unexpected error carrying a driver message. Runs on H2 and
 * on PostgreSQL, whose messages differ.
 */
@QuarkusTest
class PersonalDataLogTest {

    @ConfigProperty(name = "quarkus.log.console.filter")
    String consoleFilter;

    @Inject
    CandidateService candidates;

    @Test
    void writesNoNameAddressOrPhoneNumberToTheLog() throws Exception {
        assertEquals("personal-data", consoleFilter, "the console writes through the filter");
        try (LogCapture log = LogCapture.start()) {
            writeTheLogOfEveryPathWithPersonalData(log);
        }
    }

    private void writeTheLogOfEveryPathWithPersonalData(LogCapture log) throws Exception {
        String canary = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Vacancy vacancy = aVacancy().published().persist();

        // Applying, with the confirmation mail sent over SMTP.
        Applicant applicant = marked(anApplicant(), canary, "a");
        String statusToken = applicant.applyAndReadStatusToken(vacancy.slug);

        // A double click: the same new address several times at once, so inserts race for the unique e-mail.
        String raced = canary.toLowerCase(Locale.ROOT) + ".b@voorbeeld.nl";
        List<Callable<Integer>> clicks = IntStream.range(0, 6).<Callable<Integer>> mapToObj(i -> () ->
                marked(anApplicant(), canary, "b").withEmail(raced).applyTo(vacancy.slug).statusCode()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(clicks.size());
        try {
            for (Future<Integer> click : pool.invokeAll(clicks, 60, TimeUnit.SECONDS)) {
                assertEquals(303, click.get(), "every click gets the thank-you page");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Candidate.count("emailKey", Candidate.emailKey(raced))));

        // The same duplicate key for certain, past the application's own handling: Hibernate and the
        // transaction manager log the driver's message.
        String duplicate = canary.toLowerCase(Locale.ROOT) + ".c@voorbeeld.nl";
        QuarkusTransaction.requiringNew().run(() -> candidates.create(canary + " Dubbel", duplicate, "0612345678", Locale.ENGLISH));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> candidates.create(canary + " Dubbel", duplicate, "0612345678", Locale.ENGLISH)));

        // An unexpected error whose driver message quotes the row, as the error mapper logs it.
        Logger.getLogger(ErrorMappers.class).errorf(new PersistenceException("could not execute statement",
                new SQLIntegrityConstraintViolationException("Unique index or primary key violation: \"PUBLIC.UK_CANDIDATE_EMAIL ON "
                        + "PUBLIC.CANDIDATE(EMAIL) VALUES ( /* 7 */ '" + duplicate + "' )\"; Key (email)=(" + duplicate + ") already exists.")),
                "Unexpected error, reference %s", "test");

        // Erasure from the status page.
        WebSession session = applicant.session();
        session.post("/status/" + statusToken + "/erase", Map.of("confirm", "true")).then().statusCode(303);
        session.get("/status/" + statusToken).then().statusCode(404);

        SmtpServer.awaitMessagesTo(raced, 1, Duration.ofSeconds(20));
        String written = String.join("\n", log.lines());
        assertTrue(written.contains("Unexpected error, reference test"), "the log was captured");
        assertTrue(written.contains("UK_CANDIDATE_EMAIL"), "the redacted message still names the constraint");
        List<String> leaks = written.lines().filter(line -> line.toLowerCase(Locale.ROOT).contains(canary.toLowerCase(Locale.ROOT))
                || line.contains("98765432")).toList();
        assertEquals(List.of(), leaks, "no personal data in the log");
    }

    private static Applicant marked(Applicant applicant, String canary, String suffix) {
        applicant.fullName = canary + " Visser";
        applicant.email = canary.toLowerCase(Locale.ROOT) + "." + suffix + "@voorbeeld.nl";
        applicant.phone = "06 98765432";
        applicant.motivation = "Ik ben " + canary + " en help graag mensen verder.";
        return applicant;
    }
}
