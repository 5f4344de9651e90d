package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.candidate.Candidate;
import nl.werving.inbox.InboxReader;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.CandidateRights;
import nl.werving.privacy.Purge;
import nl.werving.support.DatabaseFiles;
import nl.werving.support.RecruitingMailbox;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The raw database files hold no readable correspondence with a candidate, before or after a purge or an erasure: a
 * recruiter's message (subject and text), the candidate's reply and the personal line of a rejection reach the database
 * only sealed under the candidate's key, and still reach the candidate in plain text.
 */
@QuarkusTest
@TestProfile(DatabaseFiles.OnDisk.class)
class CorrespondenceLeavesNoCanaryOnDiskTest {

    @Inject
    Purge purge;

    @Inject
    CandidateRights rights;

    @Inject
    InboxReader reader;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyMailbox() {
        RecruitingMailbox.recover();
        RecruitingMailbox.empty();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aPurgedCandidatesMailsRepliesAndRejectionLineAreNowhereInTheDatabaseFiles() throws Exception {
        Canaries canaries = aCandidateWithCorrespondence();
        List<Path> files = DatabaseFiles.list(dataSource);
        assumeTrue(!files.isEmpty(), "this process cannot read the database's files");
        DatabaseFiles.checkpoint(dataSource);
        assertTrue(DatabaseFiles.contain(files, canaries.vacancyTitle()), "the search finds plain text in the files (the vacancy's title)");
        assertNoneIn(files, canaries, "stored sealed");

        Instant later = Instant.now().plus(Duration.ofDays(400));
        TestClock.set(later);
        assertTrue(purge.purge(canaries.candidateId(), later));
        DatabaseFiles.checkpoint(dataSource);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", canaries.candidateId())));
        assertNoneIn(DatabaseFiles.list(dataSource), canaries, "left readable on disk after the purge");
    }

    @Test
    void anErasedCandidatesMailsRepliesAndRejectionLineAreNowhereInTheDatabaseFiles() throws Exception {
        Canaries canaries = aCandidateWithCorrespondence();
        assumeTrue(!DatabaseFiles.list(dataSource).isEmpty(), "this process cannot read the database's files");

        rights.erase(canaries.candidateId());
        DatabaseFiles.checkpoint(dataSource);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", canaries.candidateId())));
        assertNoneIn(DatabaseFiles.list(dataSource), canaries, "left readable on disk after the erasure");
    }

    /**
     * A rejected candidate who got a recruiter's message, answered it and got a rejection with a personal line, each text
     * holding a canary of its own; the mails reached the mail server in plain text.
     */
    private Canaries aCandidateWithCorrespondence() throws Exception {
        Map<String, String> canaries = new LinkedHashMap<>();
        for (String what : List.of("message subject", "message text", "reply", "rejection line")) {
            canaries.put(what, "KANARIE-" + UUID.randomUUID());
        }
        String title = "Klantenservice " + UUID.randomUUID();
        String email = "kanarie." + UUID.randomUUID() + "@voorbeeld.nl";
        Vacancy vacancy = aVacancy().titled(title).published().persist();
        Application application = anApplication().to(vacancy).by("Ilse Kanarie").withEmail(email).persist();
        long candidateId = application.candidate.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/candidates/" + candidateId + "/message", Map.of("composing", true, "templateId", "", "step", "send",
                "subject", "Even bijpraten " + canaries.get("message subject"),
                "body", "Hoi {first_name}, " + canaries.get("message text"))).then().statusCode(303);
        MimeMessage message = SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(message.getSubject().contains(canaries.get("message subject")), "the mail leaves with its subject as written");
        assertTrue(SmtpServer.text(message).contains("Hoi Ilse, " + canaries.get("message text")), "the mail leaves with its text");

        String replyTo = ((InternetAddress) message.getReplyTo()[0]).getAddress();
        RecruitingMailbox.deliver(RecruitingMailbox.message(email, replyTo, "Re: Even bijpraten", "Graag! " + canaries.get("reply")));
        assertEquals(1, reader.poll().attached());

        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", 2, "personalLine",
                "Je Frans was net niet voldoende. " + canaries.get("rejection line"), "timing", "NOW", "version",
                TestApplications.reload(application.id).version)).then().statusCode(303);
        assertEquals(ApplicationStatus.REJECTED, TestApplications.reload(application.id).status);
        assertTrue(SmtpServer.awaitMessagesTo(email, 2, Duration.ofSeconds(30)).stream()
                .anyMatch(m -> SmtpServer.text(m).contains(canaries.get("rejection line"))), "the rejection leaves with its line");
        return new Canaries(candidateId, title, canaries);
    }

    private static void assertNoneIn(List<Path> files, Canaries canaries, String state) {
        canaries.byWhat().forEach((what, canary) -> assertFalse(DatabaseFiles.contain(files, canary), "the " + what + " is not " + state));
    }

    private record Canaries(long candidateId, String vacancyTitle, Map<String, String> byWhat) {
    }
}
