package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.inbox.InboxReader;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.DatabaseFiles;
import nl.werving.support.RecruitingMailbox;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestApplications;
import nl.werving.support.TestTexts;
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
class CorrespondenceLeavesNoCanaryOnDiskTest extends CanaryOnDiskTest {

    @Inject
    InboxReader reader;

    @BeforeEach
    void emptyMailbox() {
        RecruitingMailbox.recover();
        RecruitingMailbox.empty();
    }

    /**
     * A rejected candidate who got a recruiter's message, answered it and got a rejection with a personal line, each text
     * holding a canary of its own, as do the candidate's name, e-mail address (the mails' recipient, the reply's sender)
     * and phone number; the mails reached the mail server in plain text.
     */
    @Override
    Canaries aCandidateWithCanaries() throws Exception {
        Map<String, String> canaries = new LinkedHashMap<>();
        for (String what : List.of("message subject", "message text", "reply", "rejection line")) {
            canaries.put(what, "KANARIE-" + UUID.randomUUID());
        }
        String title = "Klantenservice " + UUID.randomUUID();
        String email = "kanarie." + UUID.randomUUID() + "@voorbeeld.nl";
        String name = "Ilse Kanarie-" + TestTexts.randomLetters(10);
        String phone = "06 " + TestTexts.randomDigits(8);
        canaries.put("name", name);
        canaries.put("e-mail address", email);
        canaries.put("phone", phone);
        Vacancy vacancy = aVacancy().titled(title).published().persist();
        Application application = anApplication().to(vacancy).by(name).withEmail(email).withPhone(phone).persist();
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
}
