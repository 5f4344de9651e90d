package nl.werving.inbox;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.mail.Outbox;
import nl.werving.personaldata.PersonalData;
import nl.werving.pipeline.Application;
import nl.werving.support.LogCapture;
import nl.werving.support.RecruitingMailbox;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

@QuarkusTest
class InboxTest {

    @Inject
    Conversations conversations;

    @Inject
    Outbox outbox;

    @Inject
    InboxReader reader;

    @Inject
    Replies replies;

    @Inject
    InboxPrivacy privacy;

    @Inject
    InboxConfig config;

    @BeforeEach
    void emptyMailbox() {
        RecruitingMailbox.recover();
        RecruitingMailbox.empty();
    }

    @Test
    void aReplyToTheReplyAddressLandsOnTheCandidatesProfileOnce() throws Exception {
        AppUser manager = TestUsers.hiringManager();
        Application application = anApplication().to(aVacancy().published().managedBy(manager).persist()).persist();
        Application other = anApplication().to(aVacancy().published().persist()).persist();
        MimeMessage sent = sendTo(application, "Uitnodiging kennismaking");
        sendTo(other, "Uitnodiging kennismaking");

        RecruitingMailbox.deliver(answer(sent, "Dinsdag om tien uur past mij goed."));
        InboxReader.PollResult result = reader.poll();

        assertTrue(result.reached());
        assertEquals(1, result.attached());
        List<Replies.Opened> stored = repliesOf(application.candidate.id);
        assertEquals(1, stored.size());
        assertEquals("Dinsdag om tien uur past mij goed.", stored.get(0).text().strip());
        assertEquals("Re: Uitnodiging kennismaking", stored.get(0).subject());
        assertEquals(application.candidate.email(), stored.get(0).from());
        assertEquals(0, repliesOf(other.candidate.id).size(), "only the candidate whose conversation it answers");
        assertEquals(0, RecruitingMailbox.messageCount(), "removed from the mailbox once stored");

        WebSession.as(TestUsers.recruiter()).get("/app/candidates/" + application.candidate.id).then().statusCode(200)
                .body(containsString("Antwoord: Re: Uitnodiging kennismaking"))
                .body(containsString("Dinsdag om tien uur past mij goed."));
        WebSession.as(manager).get("/app/candidates/" + application.candidate.id).then().statusCode(200)
                .body(not(containsString("Dinsdag om tien uur")));

        assertEquals(0, reader.poll().attached(), "a second poll finds nothing new");
        assertEquals(1, repliesOf(application.candidate.id).size());
    }

    @Test
    void anHtmlReplyIsKeptAsItsText() throws Exception {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        MimeMessage sent = sendTo(application, "Vraag over beschikbaarheid");
        MimeMessage answer = answer(sent, "");
        answer.setContent("<html><head><style>p { color: red }</style></head><body><p>Ja, <b>graag</b>&nbsp;&amp; tot dan</p>"
                + "<div>Groet,<br>Sanne</div><script>alert(1)</script></body></html>", "text/html; charset=UTF-8");
        answer.saveChanges();
        RecruitingMailbox.deliver(answer);

        assertEquals(1, reader.poll().attached());

        assertEquals("Ja, graag & tot dan\nGroet,\nSanne", repliesOf(application.candidate.id).get(0).text());
    }

    @Test
    void repliesThatNameNoConversationWaitForAnAdminWhoAttachesOrDeletesThem() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        RecruitingMailbox.deliver(RecruitingMailbox.message("onbekend." + unique + "@voorbeeld.nl", RecruitingMailbox.ADDRESS,
                "Open sollicitatie " + unique, "Hebben jullie werk voor mij?"));
        RecruitingMailbox.deliver(RecruitingMailbox.message("oud." + unique + "@voorbeeld.nl",
                "werving+" + "0".repeat(32) + "@werving.example", "Verlopen gesprek " + unique, "Nog een vraag."));

        assertEquals(2, reader.poll().unmatched());
        assertEquals(0, RecruitingMailbox.messageCount());

        WebSession admin = WebSession.as(TestUsers.admin());
        admin.get("/app/replies").then().statusCode(200)
                .body(containsString("Open sollicitatie " + unique))
                .body(containsString("Verlopen gesprek " + unique))
                .body(containsString("Hebben jullie werk voor mij?"));
        WebSession.as(TestUsers.recruiter()).get("/app/replies").then().statusCode(403);

        long open = unmatchedId("Open sollicitatie " + unique);
        long expired = unmatchedId("Verlopen gesprek " + unique);
        admin.post("/app/replies/" + open + "/attach", Map.of("candidate", "")).then().statusCode(400)
                .body(containsString("Vul het nummer van de kandidaat in."));
        admin.post("/app/replies/" + open + "/attach", Map.of("candidate", "nummer")).then().statusCode(400)
                .body(containsString("Een kandidaatnummer bestaat alleen uit cijfers."))
                .body(containsString("value=\"nummer\""));
        admin.post("/app/replies/" + open + "/attach", Map.of("candidate", "987654321987")).then().statusCode(400)
                .body(containsString("Er is geen kandidaat met dit nummer."));
        assertEquals(0, repliesOf(application.candidate.id).size());

        admin.post("/app/replies/" + open + "/attach", Map.of("candidate", String.valueOf(application.candidate.id)))
                .then().statusCode(303).header("Location", containsString("/app/candidates/" + application.candidate.id));
        assertEquals("Open sollicitatie " + unique, repliesOf(application.candidate.id).get(0).subject());
        admin.post("/app/replies/" + expired + "/delete").then().statusCode(303);

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> UnmatchedReply.count("id in ?1", List.of(open, expired))));
        admin.post("/app/replies/" + expired + "/delete").then().statusCode(404);
    }

    @Test
    void aPageNumberBeyondTheEndShowsTheLastPageOfReplies() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        RecruitingMailbox.deliver(RecruitingMailbox.message("ver." + unique + "@voorbeeld.nl", RecruitingMailbox.ADDRESS,
                "Ver weg " + unique, "Welke pagina?"));
        assertEquals(1, reader.poll().unmatched());

        WebSession.as(TestUsers.admin()).get("/app/replies?page=2147483647").then().statusCode(200)
                .body(containsString("<h1>Onbekende antwoorden</h1>"))
                .body(containsString("class=\"wv-card wv-reply\""))
                .body(not(containsString("rel=\"next\"")));
    }

    @Test
    void anImapOutageDelaysRepliesAndLosesNone() throws Exception {
        List<Application> applications = new ArrayList<>();
        List<MimeMessage> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Application application = anApplication().to(aVacancy().published().persist()).persist();
            applications.add(application);
            answers.add(answer(sendTo(application, "Gesprek " + i), "Antwoord " + i));
        }

        LogCapture capture = LogCapture.start();
        try {
            RecruitingMailbox.outage();
            answers.forEach(RecruitingMailbox::deliver);
            InboxReader.PollResult duringOutage = reader.poll();

            assertFalse(duringOutage.reached());
            assertEquals(0, duringOutage.attached());
            for (Application application : applications) {
                assertEquals(0, repliesOf(application.candidate.id).size());
            }
            assertEquals(3, RecruitingMailbox.messageCount(), "the replies wait in the mailbox");
        } finally {
            capture.close();
            RecruitingMailbox.recover();
        }
        List<String> warnings = capture.lines().stream().filter(line -> line.contains("Recruiting mailbox not read")).toList();
        assertEquals(1, warnings.size(), "one warning: " + capture.lines());
        assertTrue(warnings.get(0).contains("WARN"));
        for (Application application : applications) {
            assertTrue(capture.lines().stream().noneMatch(line -> line.contains(application.candidate.email())), "no addresses in the log");
        }

        InboxReader.PollResult afterwards = reader.poll();
        assertTrue(afterwards.reached());
        assertEquals(3, afterwards.attached());
        assertEquals(0, RecruitingMailbox.messageCount());
        assertEquals(0, reader.poll().attached(), "polling again attaches nothing more");
        for (int i = 0; i < 3; i++) {
            List<Replies.Opened> stored = repliesOf(applications.get(i).candidate.id);
            assertEquals(1, stored.size(), "exactly once");
            assertEquals("Antwoord " + i, stored.get(0).text().strip());
        }
    }

    @Test
    void aMessageStoredByAPollThatStoppedBeforeRemovingItIsRemovedWithoutStoringItAgain() throws Exception {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        MimeMessage answer = answer(sendTo(application, "Aanbod"), "Ik neem het aanbod aan.");
        RecruitingMailbox.deliver(answer);
        assertEquals(Replies.Outcome.ATTACHED, replies.store(IncomingMail.of(answer, Instant.now())));

        InboxReader.PollResult result = reader.poll();

        assertEquals(1, result.alreadyStored());
        assertEquals(0, result.attached());
        assertEquals(1, repliesOf(application.candidate.id).size());
        assertEquals(0, RecruitingMailbox.messageCount());
    }

    @Test
    void unattachedRepliesAreDeletedAfterTheirTerm() {
        long old = unmatched(Instant.now().minus(Duration.ofDays(31)));
        long recent = unmatched(Instant.now().minus(Duration.ofDays(1)));

        assertTrue(replies.purgeUnmatched() >= 1);

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> UnmatchedReply.count("id", old)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> UnmatchedReply.count("id", recent)));
    }

    @Test
    void repliesAreExportedAndMoveWithAMergedDuplicate() throws Exception {
        Application duplicate = anApplication().to(aVacancy().published().persist()).persist();
        Application kept = anApplication().to(aVacancy().published().persist()).persist();
        RecruitingMailbox.deliver(answer(sendTo(duplicate, "Welkom"), "Dank voor het bericht."));
        assertEquals(1, reader.poll().attached());

        PersonalData exported = QuarkusTransaction.requiringNew().call(() -> privacy.export(duplicate.candidate.id));
        assertEquals("replies", exported.sections().get(0).name());
        assertTrue(exported.sections().get(0).content().toString().contains("Dank voor het bericht."));

        QuarkusTransaction.requiringNew().run(() -> privacy.merge(duplicate.candidate.id, kept.candidate.id));

        assertEquals(0, repliesOf(duplicate.candidate.id).size());
        assertEquals(1, repliesOf(kept.candidate.id).size());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Conversation.count("candidate.id", duplicate.candidate.id)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Conversation.count("candidate.id", kept.candidate.id)));
    }

    @Test
    void aMailServerThatNeverAnswersCostsAPollNoMoreThanItsTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket connection = silent.accept()) {
                    // Holds the connection open and never says a word.
                    connection.getInputStream().read();
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            InboxReader silentReader = new InboxReader(withImapPort(silent.getLocalPort()), replies, Clock.systemUTC());

            InboxReader.PollResult result = assertTimeoutPreemptively(Duration.ofSeconds(15), silentReader::poll);

            assertFalse(result.reached());
        }
    }

    /** The test configuration, with the IMAP server elsewhere and timeouts of one second. */
    private InboxConfig withImapPort(int port) {
        InboxConfig.Imap imap = config.imap();
        return new Settings(config.address(), config.pollEvery(), config.maxPerPoll(), config.keepUnmatched(),
                config.purgeUnmatchedEvery(), new ImapSettings(imap.host(), port, false, imap.user(), imap.password(), imap.folder(),
                        Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    record Settings(Optional<String> address, String pollEvery, int maxPerPoll, Duration keepUnmatched, String purgeUnmatchedEvery,
            InboxConfig.Imap imap) implements InboxConfig {
    }

    record ImapSettings(Optional<String> host, int port, boolean ssl, Optional<String> user, Optional<String> password, String folder,
            Duration connectTimeout, Duration readTimeout) implements InboxConfig.Imap {
    }

    /** Writes to the candidate through the outbox, with a reply address; the mail as it arrived. */
    private MimeMessage sendTo(Application application, String subject) throws Exception {
        long candidateId = application.candidate.id;
        String email = application.candidate.email();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new Outbox.Mail("test", email, subject, "<p>Hallo</p>", "Hallo",
                candidateId).withReplyTo(conversations.replyAddressFor(candidateId))));
        for (MimeMessage message : SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20))) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("no mail " + subject);
    }

    /** The candidate's answer to a mail: from the address it went to, to its Reply-To. */
    private static MimeMessage answer(MimeMessage sent, String text) throws Exception {
        String from = ((InternetAddress) sent.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        String to = ((InternetAddress) sent.getReplyTo()[0]).getAddress();
        assertTrue(to.startsWith("werving+"), "the mail carries its conversation's address: " + to);
        return RecruitingMailbox.message(from, to, "Re: " + sent.getSubject(), text);
    }

    private List<Replies.Opened> repliesOf(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> replies.forCandidate(candidateId));
    }

    private static long unmatchedId(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> UnmatchedReply.<UnmatchedReply> find("subject", subject).singleResult().id);
    }

    private static long unmatched(Instant storedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UnmatchedReply reply = new UnmatchedReply();
            reply.fromAddress = "iemand@voorbeeld.nl";
            reply.toAddress = RecruitingMailbox.ADDRESS;
            reply.subject = "Vraag";
            reply.bodyText = "Tekst";
            reply.receivedAt = storedAt;
            reply.storedAt = storedAt;
            reply.messageKey = IncomingMail.sha256(UUID.randomUUID().toString());
            reply.persist();
            return reply.id;
        });
    }
}
