package nl.werving.inbox;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.support.SmtpServer;

@QuarkusTest
class ConversationsTest {

    @Inject
    Conversations conversations;

    @Inject
    Outbox outbox;

    @Test
    void givesEveryConversationItsOwnPlusAddressOnTheRecruitingMailbox() {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        long candidateId = application.candidate.id;

        List<String> addresses = QuarkusTransaction.requiringNew().call(() -> List.of(
                conversations.replyAddressFor(candidateId),
                conversations.replyAddressFor(candidateId, application.id, application.vacancy.id)));

        assertTrue(addresses.get(0).matches("werving\\+[0-9a-f]{32}@werving\\.example"), addresses.get(0));
        assertNotEquals(addresses.get(0), addresses.get(1));
        Conversation second = QuarkusTransaction.requiringNew().call(() ->
                Conversation.findByToken(Conversations.tokenIn(addresses.get(1)).orElseThrow()).orElseThrow());
        assertEquals(application.id, second.applicationId);
        assertEquals(application.vacancy.id, second.vacancyId);
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> Conversation.count("candidate.id", candidateId)));
    }

    @Test
    void sendsTheReplyAddressAsReplyToAndLeavesOtherMailsAsTheyWere() throws Exception {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        String to = application.candidate.email();
        String replyTo = QuarkusTransaction.requiringNew().call(() -> {
            String address = conversations.replyAddressFor(application.candidate.id);
            outbox.enqueue(new Outbox.Mail("test", to, "Met antwoordadres", "<p>Hallo</p>", "Hallo", application.candidate.id)
                    .withReplyTo(address));
            outbox.enqueue(new Outbox.Mail("test", to, "Zonder antwoordadres", "<p>Hallo</p>", "Hallo", application.candidate.id));
            return address;
        });

        List<MimeMessage> received = SmtpServer.awaitMessagesTo(to, 2, Duration.ofSeconds(20));
        for (MimeMessage message : received) {
            if (message.getSubject().equals("Met antwoordadres")) {
                assertEquals(replyTo, message.getReplyTo()[0].toString());
            } else {
                assertEquals("no-reply@werving.example", ((jakarta.mail.internet.InternetAddress) message.getReplyTo()[0]).getAddress(),
                        "without its own address, answers go to the sender");
            }
        }
    }
}
