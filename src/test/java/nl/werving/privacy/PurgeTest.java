package nl.werving.privacy;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.inbox.Conversations;
import nl.werving.inbox.InboxReader;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.Scorecard;
import nl.werving.messaging.CandidateMessage;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.roleplay.RoleplayResult;
import nl.werving.support.Applicant;
import nl.werving.support.LogCapture;
import nl.werving.support.RecruitingMailbox;
import nl.werving.support.Sealed;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestReferences;
import nl.werving.support.TestFiles;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The purge removes every trace of a candidate past the retention term and keeps the anonymous facts. The check
 * reads every text and binary column of every table the database reports, so tables added later are covered too.
 */
@QuarkusTest
class PurgeTest {

    @Inject
    Purge purge;

    @Inject
    DataSource dataSource;

    @Inject
    Conversations conversations;

    @Inject
    InboxReader inboxReader;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aPurgedCandidateLeavesNoTraceInAnyTableMailOrLog() throws Exception {
        String canary = "KANARIE" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        String phone = "06 9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        LogCapture capture = LogCapture.start();
        try {
            AppUser manager = TestUsers.hiringManager();
            Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
            Applicant applicant = Applicant.anApplicant().withEmail(canary.toLowerCase(Locale.ROOT) + "@voorbeeld.nl")
                    .withCv("cv-" + canary + ".pdf", "application/pdf",
                            (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% " + canary + "\n").getBytes(StandardCharsets.US_ASCII));
            applicant.fullName = "Kanarie " + canary;
            applicant.phone = phone;
            applicant.motivation = "Motivatie " + canary;
            applicant.applyTo(vacancy.slug).then().statusCode(303);
            Application application = QuarkusTransaction.requiringNew().call(() -> {
                Application found = Application.<Application> find("candidate.emailKey", Candidate.emailKey(applicant.email)).singleResult();
                found.candidate.id.longValue();
                return found;
            });
            long candidateId = application.candidate.id;

            WebSession recruiter = WebSession.as(TestUsers.recruiter());
            recruiter.post("/app/candidates/" + candidateId + "/notes", Map.of("body", "Notitie " + canary)).then().statusCode(303);
            recruiter.post("/app/candidates/" + candidateId + "/tags", Map.of("tag", "Tag " + canary)).then().statusCode(303);
            Interview interview = TestInterviews.plan(recruiter, application, List.of(manager));
            scoreWithCanary(manager, interview, vacancy, canary);
            recruiter.post("/app/roleplays", TestInterviews.roleplayForm(application, "Rollenspel " + canary)).then().statusCode(303);
            TestReferences.Request references = TestReferences.request(recruiter, application);
            String refereeEmail = "referent." + canary.toLowerCase(Locale.ROOT) + "@voorbeeld.nl";
            Map<String, Object> referee = new HashMap<>(TestReferences.referee(1, "Referent " + canary, refereeEmail));
            referee.put("r1-company", "Bedrijf " + canary);
            TestReferences.name(references, referee);
            String refereeToken = TestReferences.invite(recruiter, application, references.checkId(), refereeEmail);
            WebSession.anonymous().post("/referee/" + refereeToken, TestReferences.answers(4, "Antwoord " + canary, "YES"))
                    .then().statusCode(200);
            WebSession.anonymous().post(references.path() + "/response", Map.of("response", "Reactie " + canary)).then().statusCode(303);
            String replyAddress = QuarkusTransaction.requiringNew().call(() -> conversations.replyAddressFor(candidateId));
            RecruitingMailbox.deliver(RecruitingMailbox.message(applicant.email, replyAddress, "Re: gesprek " + canary, "Antwoord " + canary));
            assertTrue(inboxReader.poll().attached() >= 1, "the candidate's reply is stored");
            recruiter.post("/app/candidates/" + candidateId + "/message", Map.of("composing", true, "templateId", "", "step", "send",
                    "subject", "Bericht " + canary, "body", "Beste {first_name}, tekst " + canary)).then().statusCode(303);
            long version = TestApplications.reload(application.id).version;
            long reason = QuarkusTransaction.requiringNew().call(() -> RejectionReason.listActive().get(0).id);
            recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", reason, "version", version,
                    "personalLine", "Persoonlijk " + canary, "timing", "NOW")).then().statusCode(303);
            SmtpServer.awaitMessagesTo(applicant.email, 5, Duration.ofSeconds(30));

            String controlCanary = "KONTROLE" + canary.substring(7);
            Application control = anApplication().to(aVacancy().titled("Controle " + controlCanary).published().persist())
                    .by("Controle " + controlCanary).persist();

            Set<String> before = columnsContaining(canary);
            assertEquals(Set.of(), before, "every column that holds it holds it sealed, which no scan reads");
            assertEquals(Set.of(), columnsContaining(phone), "the phone number is stored sealed only");
            TestClock.set(Instant.now().plus(Duration.ofDays(29)));
            PurgeRun run = purge.run("test");

            assertTrue(run.purged >= 1);
            assertNotNull(run.finishedAt);
            assertEquals(Set.of("vacancy"), columnsContaining(controlCanary).stream().map(c -> c.substring(0, c.indexOf('.')))
                    .collect(Collectors.toSet()), "the control vacancy stays, and the scan finds it");
            assertEquals(Set.of(), columnsContaining(canary), "no trace of the purged candidate");
            assertEquals(Set.of(), columnsContaining(phone), "no trace of the phone number");
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CandidateMessage.count("candidate.id", candidateId)),
                    "the messages written to the candidate go too");

            Application kept = TestApplications.reload(application.id);
            assertNull(kept.candidate, "the application stays, cut from the person");
            assertEquals(ApplicationStatus.REJECTED, kept.status);
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> RoleplayResult.count("application.id", application.id)));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> Scorecard.<Scorecard> find("application.id", application.id)
                    .singleResult().ratings.size()) > 0, "numeric scores stay for reports");
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                    AuditAction.CANDIDATE_PURGED, candidateId)));
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(control.candidate.id)));
        } finally {
            capture.close();
        }
        List<String> logged = capture.lines();
        assertTrue(logged.stream().anyMatch(line -> line.contains("Purge run")), "the log was captured");
        List<String> leaks = logged.stream().filter(line -> line.toUpperCase(Locale.ROOT).contains(canary)).toList();
        assertEquals(List.of(), leaks, "no personal data in the log");
    }

    @Test
    void theRetentionTermCountsFromTheEndOfTheProcedure() {
        Vacancy vacancy = aVacancy().published().persist();
        Application rejected = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        Application active = anApplication().to(vacancy).persist();
        Application hired = anApplication().to(vacancy).ended(ApplicationStatus.HIRED).persist();

        TestClock.set(Instant.now().plus(Duration.ofDays(27)));
        purge.run("test");
        assertTrue(exists(rejected), "day 27: still there");

        TestClock.set(Instant.now().plus(Duration.ofDays(29)));
        purge.run("test");
        assertFalse(exists(rejected), "day 29: gone");
        assertTrue(exists(active), "a running procedure keeps the candidate");
        assertTrue(exists(hired), "hired candidates move on to HR and stay");
        assertFalse(purge.eligible(Instant.now().plus(Duration.ofDays(400)), 100_000).contains(hired.candidate.id));
        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + hired.candidate.id).then().statusCode(200)
                .body(containsString("Aangenomen: buiten de verwijderronde"));
        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + active.candidate.id).then().statusCode(200)
                .body(not(containsString("buiten de verwijderronde")));
    }

    @Test
    void talentPoolConsentKeepsTheCandidateUntilItExpires() {
        Vacancy vacancy = aVacancy().published().persist();
        Application pooled = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        TestApplications.talentPoolConsent(pooled, Instant.now());

        TestClock.set(Instant.now().plus(Duration.ofDays(364)));
        purge.run("test");
        assertTrue(exists(pooled), "consent day 364: still there");

        TestClock.set(Instant.now().plus(Duration.ofDays(367)));
        purge.run("test");
        assertFalse(exists(pooled), "after the consent expired: gone");
    }

    @Test
    void aLegalHoldKeepsTheCandidateUntilLifted() {
        Vacancy vacancy = aVacancy().published().persist();
        Application held = anApplication().to(vacancy).ended(ApplicationStatus.WITHDRAWN).persist();
        long admin = TestUsers.admin().id;
        long hold = QuarkusTransaction.requiringNew().call(() -> {
            LegalHold legalHold = new LegalHold();
            legalHold.candidate = Candidate.findById(held.candidate.id);
            legalHold.reason = Sealed.text(held.candidate.id, "Klacht in behandeling bij de geschillencommissie");
            legalHold.placedBy = admin;
            legalHold.placedAt = Instant.now();
            legalHold.persist();
            return legalHold.id;
        });

        TestClock.set(Instant.now().plus(Duration.ofDays(60)));
        purge.run("test");
        assertTrue(exists(held), "held: skipped");

        QuarkusTransaction.requiringNew().run(() -> {
            LegalHold legalHold = LegalHold.findById(hold);
            legalHold.liftedBy = admin;
            legalHold.liftedAt = Instant.now();
        });
        purge.run("test");
        assertFalse(exists(held), "lifted: purged on the next run");
    }

    @Test
    void purgingTwiceIsHarmless() {
        Vacancy vacancy = aVacancy().published().persist();
        Application rejected = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        Instant later = Instant.now().plus(Duration.ofDays(30));

        assertTrue(purge.purge(rejected.candidate.id, later));
        assertFalse(purge.purge(rejected.candidate.id, later), "a second instance finds nothing left to do");
        assertFalse(exists(rejected));
    }

    private static boolean exists(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.findById(application.candidate.id) != null);
    }

    private static void scoreWithCanary(AppUser interviewer, Interview interview, Vacancy vacancy, String canary) {
        WebSession session = WebSession.as(interviewer);
        String path = "/app/interviews/" + interview.id + "/scorecard";
        session.get(path).then().statusCode(200);
        List<Competency> kit = TestInterviews.kitOf(vacancy);
        long version = QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().version);
        Map<String, Object> form = new HashMap<>();
        kit.forEach(c -> form.put("rating-c" + c.id, 3));
        long question = kit.get(0).questions.get(0).id;
        form.put("situation-" + question, "Situatie " + canary);
        form.put("task-" + question, "Taak " + canary);
        form.put("action-" + question, "Actie " + canary);
        form.put("result-" + question, "Resultaat " + canary);
        form.put("rating-q" + question, 3);
        form.put("notes", "Algemeen " + canary);
        form.put("recommendation", "YES");
        form.put("intent", "submit");
        form.put("version", version);
        session.post(path, form).then().statusCode(303);
        session.post(path + "/amend", Map.of("amend-target", kit.get(0).id, "amend-rating", 4, "amend-reason", "Correctie " + canary))
                .then().statusCode(303);
    }

    /** The columns ({@code table.column}) holding the text in plain, ignoring case: text columns, and binary ones as Latin-1. */
    private Set<String> columnsContaining(String text) throws SQLException {
        Set<String> found = new TreeSet<>();
        String needle = text.toLowerCase(Locale.ROOT);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = metadata.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"), String.valueOf(rs.getInt("DATA_TYPE")) });
                }
            }
            for (String[] column : columns) {
                int type = Integer.parseInt(column[2]);
                String table = column[0];
                String name = column[1];
                if (isText(type)) {
                    try (PreparedStatement query = connection.prepareStatement(
                            "select count(*) from \"" + table + "\" where lower(\"" + name + "\") like ?")) {
                        query.setString(1, "%" + needle + "%");
                        try (ResultSet rs = query.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add((table + "." + name).toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                } else if (isBinary(type)) {
                    try (PreparedStatement query = connection.prepareStatement("select \"" + name + "\" from \"" + table + "\" where \""
                            + name + "\" is not null"); ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            String content = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                            if (content.contains(needle)) {
                                found.add((table + "." + name).toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB || type == Types.NVARCHAR
                || type == Types.NCHAR || type == Types.LONGNVARCHAR || type == Types.NCLOB;
    }

    private static boolean isBinary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }
}
