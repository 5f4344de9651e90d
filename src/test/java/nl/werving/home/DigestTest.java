package nl.werving.home;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The daily digest reaches the users who switched it on, with their home page's counts and links and no candidate's name. */
@QuarkusTest
class DigestTest {

    @Inject
    DigestService digests;

    @Test
    void aSubscribedUserGetsTheCountsOfTheirHomePage() throws Exception {
        AppUser manager = TestUsers.hiringManager();
        AppUser notSubscribed = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Samenvatting " + HomePageTest.marker()).published().managedBy(manager).persist();
        Application waiting = HomePageTest.waitingSince(anApplication().to(vacancy).by("Digest Kandidaat " + HomePageTest.marker())
                .persist(), 30);
        HomePageTest.waitingSince(anApplication().to(aVacancy().published().managedBy(notSubscribed).persist()).persist(), 30);
        WebSession.as(manager).post("/app/digest", Map.of("on", "true")).then().statusCode(303);

        digests.sendAll();

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey", OutboxMail.keyOf(notSubscribed.email))),
                "no digest without asking for it");
        List<MimeMessage> mails = SmtpServer.awaitMessagesTo(manager.email, 1, Duration.ofSeconds(20));
        MimeMessage mail = mails.get(0);
        String text = SmtpServer.text(mail);
        assertEquals("Wat op je wacht in Werving: 1 punt", mail.getSubject());
        assertTrue(text.contains("- Kandidaten die te lang wachten: 1"), text);
        assertTrue(text.contains("- Scorecards die je nog moet indienen: 0"), text);
        assertTrue(text.contains("- Gesprekken deze week: 0"), text);
        assertTrue(text.contains("- Referenties die wachten: 0"), text);
        assertTrue(text.contains("/app/candidates?status=ACTIVE&sort=WAITING"), text);
        assertFalse(text.contains("Verzoeken om gegevens"), "a hiring manager does not handle data requests");
        assertFalse(text.contains(HomePageTest.name(waiting)), "no candidate's name in the mail");
    }
}
