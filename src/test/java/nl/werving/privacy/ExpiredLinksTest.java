package nl.werving.privacy;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.CandidateToken;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.reference.Referee;
import nl.werving.reference.RefereeQuestionnaires;
import nl.werving.reference.RefereeStatus;
import nl.werving.support.TestClock;
import nl.werving.support.TestReferences;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.web.Tokens;

/**
 * The nightly privacy work removes the links from mails that no longer open anything: expired status and renewal links,
 * and referee links once answered, declined, called off or expired. Links that still work stay and keep working.
 */
@QuarkusTest
class ExpiredLinksTest {

    private static final Pattern REFEREE_LINK = Pattern.compile("/referee/([A-Za-z0-9_-]{43})");

    @Inject
    CandidateService candidates;

    @Inject
    RefereeQuestionnaires questionnaires;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void expiredStatusAndRenewalLinksGoAndValidOnesStay() {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        Instant now = Instant.now();
        String expiredStatus = issue(application, CandidateToken.Purpose.STATUS, now.minus(Duration.ofDays(181)), Duration.ofDays(180));
        String expiredRenewal = issue(application, CandidateToken.Purpose.CONSENT, now.minus(Duration.ofDays(46)), Duration.ofDays(45));
        String validStatus = issue(application, CandidateToken.Purpose.STATUS, now.minus(Duration.ofDays(179)), Duration.ofDays(180));
        String validRenewal = issue(application, CandidateToken.Purpose.CONSENT, now.minus(Duration.ofDays(44)), Duration.ofDays(45));

        TestClock.set(now);
        assertTrue(candidates.deleteExpiredTokens() >= 2);

        assertEquals(Set.of(Tokens.hash(validStatus), Tokens.hash(validRenewal)), tokenHashes(application));
        WebSession.anonymous().get("/status/" + validStatus).then().statusCode(200);
        WebSession.anonymous().get("/consent/" + validRenewal).then().statusCode(200);
        WebSession.anonymous().get("/status/" + expiredStatus).then().statusCode(404);
        WebSession.anonymous().get("/consent/" + expiredRenewal).then().statusCode(404);
    }

    @Test
    void refereeLinksAreForgottenOnceUsedOrExpiredAndKeptWhileTheyWork() {
        Application application = anApplication().to(aVacancy().published().persist()).inStage(2).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        TestReferences.Request request = TestReferences.request(recruiter, application);
        String answering = refereeEmail();
        String waiting = refereeEmail();
        TestReferences.name(request, TestReferences.referee(1, "Joost Hendriks", answering),
                TestReferences.referee(2, "Ilse Bakker", waiting));
        String used = TestReferences.invite(recruiter, application, request.checkId(), answering);
        String first = TestReferences.invite(recruiter, application, request.checkId(), waiting);
        WebSession.anonymous().post("/referee/" + used, TestReferences.answers(4, "Altijd rustig aan de lijn.", "YES"))
                .then().statusCode(200);

        // Four days on, the waiting referee got a reminder with a second link; the first one works as well.
        TestClock.set(Instant.now().plus(Duration.ofDays(4)));
        questionnaires.remindDue();
        String second = reminderLink(waiting);
        assertTrue(questionnaires.forgetDeadLinks() >= 1);

        Referee answered = TestReferences.refereeByEmail(answering);
        assertNull(answered.tokenHash);
        assertNull(answered.previousTokenHash);
        assertEquals(RefereeStatus.ANSWERED, answered.status);
        assertEquals(5, answered.answers.size(), "the answers stay with the check");
        WebSession.anonymous().get("/referee/" + used).then().statusCode(404);
        Referee asked = TestReferences.refereeByEmail(waiting);
        assertEquals(Tokens.hash(second), asked.tokenHash);
        assertEquals(Tokens.hash(first), asked.previousTokenHash);
        WebSession.anonymous().get("/referee/" + first).then().statusCode(200);
        WebSession.anonymous().get("/referee/" + second).then().statusCode(200);

        // Past the link's lifetime both links go; the recruiter can still send a new one.
        TestClock.set(Instant.now().plus(Duration.ofDays(15)));
        assertTrue(questionnaires.forgetDeadLinks() >= 1);
        Referee expired = TestReferences.refereeByEmail(waiting);
        assertNull(expired.tokenHash);
        assertNull(expired.previousTokenHash);
        assertTrue(expired.isInvitable(Instant.now().plus(Duration.ofDays(15))));
        WebSession.anonymous().get("/referee/" + first).then().statusCode(404);
        WebSession.anonymous().get("/referee/" + second).then().statusCode(404);
    }

    /** A link of the candidate's, issued at {@code issuedAt}; returns the token. */
    private String issue(Application application, CandidateToken.Purpose purpose, Instant issuedAt, Duration lifetime) {
        TestClock.set(issuedAt);
        try {
            return QuarkusTransaction.requiringNew().call(() -> candidates.issueToken(Candidate.findById(application.candidate.id),
                    purpose, lifetime));
        } finally {
            TestClock.reset();
        }
    }

    private static Set<String> tokenHashes(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> CandidateToken.<CandidateToken> list("candidate.id", application.candidate.id)
                .stream().map(token -> token.tokenHash).collect(Collectors.toSet()));
    }

    /** The link in the reminder; the clock stands days ahead, so it is read from the outbox rather than waited for over SMTP. */
    private static String reminderLink(String email) {
        List<OutboxMail> reminders = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list(
                "recipientKey = ?1 and kind = 'reference-reminder'", OutboxMail.keyOf(email)));
        assertEquals(1, reminders.size());
        Matcher link = REFEREE_LINK.matcher(open(reminders.get(0)).text());
        assertTrue(link.find());
        return link.group(1);
    }

    private static String refereeEmail() {
        return "referent." + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
    }
}
