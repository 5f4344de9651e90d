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
 * The raw database files hold no readable correspondence with a candidate, before or after a purge: a recruiter's
 * message (subject and text), the candidate's reply and the personal line of a rejection reach the database only sealed
 * under the candidate's key, and still reach the candidate in plain text.
 */
@QuarkusTest
@TestProfile(DatabaseFiles.OnDisk.class)
class CorrespondenceLeavesNoCanaryOnDiskTest {

    @Inject
    Purge purge;

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
        String subjectCanary = "ONDERWERP-KANARIE-" + UUID.randomUUID();
        String messageCanary = "BERICHT-KANARIE-" + UUID.randomUUID();
        String replyCanary = "ANTWOORD-KANARIE-" + UUID.randomUUID();
        String rejectionCanary = "AFWIJZING-KANARIE-" + UUID.randomUUID();
        String title = "Klantenservice " + UUID.randomUUID();
        String email = "kanarie." + UUID.randomUUID() + "@voorbeeld.nl";
        Vacancy vacancy = aVacancy().titled(title).published().persist();
        Application application = anApplication().to(vacancy).by("Ilse Kanarie").withEmail(email).persist();
        long candidateId = application.candidate.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/candidates/" + candidateId + "/message", Map.of("composing", true, "templateId", "", "step", "send",
                "subject", "Even bijpraten " + subjectCanary, "body", "Hoi {first_name}, " + messageCanary)).then().statusCode(303);
        MimeMessage message = SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(message.getSubject().contains(subjectCanary), "the mail leaves with its subject as written");
        assertTrue(SmtpServer.text(message).contains("Hoi Ilse, " + messageCanary), "the mail leaves with its text as written");

        String replyTo = ((InternetAddress) message.getReplyTo()[0]).getAddress();
        RecruitingMailbox.deliver(RecruitingMailbox.message(email, replyTo, "Re: Even bijpraten", "Graag! " + replyCanary));
        assertEquals(1, reader.poll().attached());

        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", 2, "personalLine",
                "Je Frans was net niet voldoende. " + rejectionCanary, "timing", "NOW", "version",
                TestApplications.reload(application.id).version)).then().statusCode(303);
        assertEquals(ApplicationStatus.REJECTED, TestApplications.reload(application.id).status);
        List<MimeMessage> mails = SmtpServer.awaitMessagesTo(email, 2, Duration.ofSeconds(30));
        assertTrue(mails.stream().anyMatch(m -> SmtpServer.text(m).contains(rejectionCanary)), "the rejection leaves with its line");

        List<Path> files = DatabaseFiles.list(dataSource);
        assumeTrue(!files.isEmpty(), "this process cannot read the database's files");
        DatabaseFiles.checkpoint(dataSource);
        assertTrue(DatabaseFiles.contain(files, title), "the search finds plain text that is in the files (the vacancy's title)");
        assertFalse(DatabaseFiles.contain(files, subjectCanary), "the message's subject is stored sealed");
        assertFalse(DatabaseFiles.contain(files, messageCanary), "the message's text is stored sealed");
        assertFalse(DatabaseFiles.contain(files, replyCanary), "the reply is stored sealed");
        assertFalse(DatabaseFiles.contain(files, rejectionCanary), "the rejection's personal line is stored sealed");

        Instant later = Instant.now().plus(Duration.ofDays(400));
        TestClock.set(later);
        assertTrue(purge.purge(candidateId, later));
        DatabaseFiles.checkpoint(dataSource);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", candidateId)));
        List<Path> after = DatabaseFiles.list(dataSource);
        assertFalse(DatabaseFiles.contain(after, subjectCanary), "no subject left readable on disk after the purge");
        assertFalse(DatabaseFiles.contain(after, messageCanary), "no message left readable on disk after the purge");
        assertFalse(DatabaseFiles.contain(after, replyCanary), "no reply left readable on disk after the purge");
        assertFalse(DatabaseFiles.contain(after, rejectionCanary), "no rejection line left readable on disk after the purge");
    }
}
