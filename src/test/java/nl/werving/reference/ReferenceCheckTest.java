package nl.werving.reference;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestReferences.answers;
import static nl.werving.support.TestReferences.referee;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.ConsentRecord;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestReferences;
import nl.werving.support.TestReferences.Request;
import nl.werving.support.TestTexts;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class ReferenceCheckTest {

    @Inject
    RefereeQuestionnaires questionnaires;

    @Inject
    ReferenceTexts texts;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static RequestSpecification api(AppUser user) {
        return given().auth().preemptive().basic(user.username, TestUsers.PASSWORD).contentType(ContentType.JSON);
    }

    private static String refereeEmail() {
        return "referent." + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
    }

    /** A running application whose candidate named referees, each with consent, as the recruiter who asked sees it. */
    private record Named(Application application, AppUser recruiterUser, WebSession recruiter, Request request, List<String> emails) {

        /** Sends referee {@code index} the questionnaire; returns the token of the link in their mail. */
        String invite(int index) {
            return TestReferences.invite(recruiter, application, request.checkId(), emails.get(index));
        }

        String email(int index) {
            return emails.get(index);
        }

        String references() {
            return "/app/references/" + application.id;
        }
    }

    private static Named named(int count) {
        Application application = running();
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        Request request = TestReferences.request(recruiter, application);
        List<String> emails = new ArrayList<>();
        Map<String, Object> form = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            String email = refereeEmail();
            emails.add(email);
            form.putAll(referee(i, i == 1 ? "Joost Hendriks" : "Ilse Bakker", email));
        }
        WebSession.anonymous().post(request.path(), form).then().statusCode(303);
        return new Named(application, recruiterUser, recruiter, request, emails);
    }

    private static Application running() {
        Vacancy vacancy = aVacancy().published().persist();
        return anApplication().to(vacancy).by("Sanne de Wit").inStage(2).persist();
    }

    @Test
    void theCandidateNamesRefereesWithAConsentRecordEach() {
        Application application = running();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Request request = TestReferences.request(recruiter, application);

        WebSession candidate = WebSession.anonymous();
        candidate.get(request.path()).then().statusCode(200)
                .body(containsString("Referenten opgeven"))
                .body(containsString("werkhouding, betrouwbaarheid, samenwerking"))
                .body(containsString("toestemming altijd intrekken"));
        String first = refereeEmail();
        String second = refereeEmail();
        Map<String, Object> form = new HashMap<>(referee(1, "Joost Hendriks", first));
        form.putAll(referee(2, "Ilse Bakker", second));
        candidate.post(request.path(), form).then().statusCode(303)
                .header("Location", containsString("/status/" + request.statusToken() + "#references-" + request.checkId()));

        ReferenceCheck check = TestReferences.check(request.checkId());
        assertEquals(ReferenceCheckStatus.NAMED, check.status);
        assertNotNull(check.answeredAt);
        assertEquals(List.of("Joost Hendriks", "Ilse Bakker"), check.referees.stream().map(r -> r.fullName).toList());
        assertTrue(check.referees.stream().allMatch(r -> r.status == RefereeStatus.NAMED && r.tokenHash == null));
        List<ConsentRecord> consents = QuarkusTransaction.requiringNew().call(() -> ConsentRecord.<ConsentRecord> list(
                "refereeId in ?1", check.referees.stream().map(r -> r.id).toList()));
        assertEquals(2, consents.size(), "one consent per referee");
        assertTrue(consents.stream().allMatch(c -> c.purpose == ConsentRecord.Purpose.REFERENCE_CHECK
                && ReferenceChecks.CONSENT_TEXT_VERSION.equals(c.textVersion) && c.channel == ConsentRecord.Channel.REFERENCE_FORM
                && c.givenAt != null && c.withdrawnAt == null));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                AuditAction.REFERENCES_NAMED, request.checkId())));

        candidate.get("/status/" + request.statusToken()).then().statusCode(200)
                .body(containsString("Joost Hendriks")).body(containsString("Nog niet benaderd"));
        recruiter.get("/app/references/" + application.id).then().statusCode(200)
                .body(containsString("Joost Hendriks")).body(containsString("Toestemming gegeven op"))
                .body(containsString("Vragenlijst sturen"));
        candidate.get(request.path()).then().statusCode(303);
    }

    @Test
    void anIncompleteFormIsRefusedWithMessagesNextToTheFieldsAndNothingStored() {
        Application application = running();
        Request request = TestReferences.request(WebSession.as(TestUsers.recruiter()), application);
        Map<String, Object> form = new HashMap<>(referee(1, "Joost Hendriks", "geen-adres"));
        form.remove("r1-consent");

        WebSession.anonymous().post(request.path(), form).then().statusCode(400)
                .body(containsString("Vul een geldig e-mailadres in"))
                .body(containsString("Geef toestemming voor deze referent"))
                .body(containsString("class=\"alert-link\">Referent 1 – Geef toestemming voor deze referent"))
                .body(containsString("id=\"f-r1-email-error\""))
                .body(containsString("value=\"Joost Hendriks\""));
        WebSession.anonymous().post(request.path(), Map.of()).then().statusCode(400)
                .body(containsString("Geef minstens één referent op"));

        ReferenceCheck check = TestReferences.check(request.checkId());
        assertEquals(ReferenceCheckStatus.REQUESTED, check.status);
        assertEquals(0, check.referees.size());
    }

    @Test
    void refusingIsRecordedAndTheApplicationStaysInItsStage() {
        Application application = running();
        long stageBefore = TestApplications.reload(application.id).stage.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Request request = TestReferences.request(recruiter, application);

        WebSession.anonymous().post(request.path() + "/refuse").then().statusCode(303);

        ReferenceCheck check = TestReferences.check(request.checkId());
        assertEquals(ReferenceCheckStatus.REFUSED, check.status);
        Application after = TestApplications.reload(application.id);
        assertEquals(stageBefore, after.stage.id);
        assertEquals(ApplicationStatus.ACTIVE, after.status);
        recruiter.get("/app/references/" + application.id).then().statusCode(200)
                .body(containsString("geeft liever geen referenten op"));
        recruiter.post("/app/references/" + application.id + "/start").then().statusCode(303);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> ReferenceCheck.count("application.id", application.id)),
                "after a refusal the recruiter may ask again");
    }

    @Test
    void aRefereeWithoutValidConsentCannotBeAskedNotOnThePageNorThroughTheApi() {
        Named named = named(1);
        Application application = named.application();
        WebSession recruiter = named.recruiter();
        Request request = named.request();
        String email = named.email(0);
        long refereeId = TestReferences.refereeByEmail(email).id;

        WebSession.anonymous().post(request.path() + "/withdraw", Map.of("refereeId", refereeId)).then().statusCode(303);

        api(TestUsers.recruiter()).post("/api/reference-checks/" + request.checkId() + "/referees/" + refereeId + "/invite")
                .then().statusCode(409).body("code", equalTo("no-consent"));
        recruiter.post("/app/references/" + application.id + "/referees/" + refereeId + "/invite", Map.of("checkId", request.checkId()))
                .then().statusCode(303);
        recruiter.get("/app/references/" + application.id).then().statusCode(200)
                .body(containsString("de kandidaat heeft er geen geldige toestemming voor gegeven"))
                .body(containsString("Toestemming ingetrokken op"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey", OutboxMail.keyOf(email))), "no mail to the referee");
        assertEquals(RefereeStatus.CANCELLED, TestReferences.refereeByEmail(email).status);
    }

    @Test
    void theQuestionnaireLinkIsStoredHashedWorksOnceAndExpires() {
        Named named = named(2);
        String answering = named.email(0);
        String late = named.email(1);

        String token = named.invite(0);
        Referee invited = TestReferences.refereeByEmail(answering);
        assertEquals(RefereeStatus.INVITED, invited.status);
        assertEquals(64, invited.tokenHash.length());
        assertNotEquals(token, invited.tokenHash, "only the hash is stored");

        WebSession referee = WebSession.anonymous();
        referee.get("/referee/" + token).then().statusCode(200)
                .body(containsString("Referentie voor Sanne de Wit"))
                .body(containsString("Zou u opnieuw met Sanne de Wit samenwerken?"));
        referee.post("/referee/" + token, answers(4, "Altijd rustig aan de lijn.", "YES")).then().statusCode(200)
                .body(containsString("Uw antwoorden zijn ontvangen"));
        referee.get("/referee/" + token).then().statusCode(410).body(containsString("al ingevuld of afgewezen"));
        referee.post("/referee/" + token, answers(1, "Tweede poging", "NO")).then().statusCode(410);

        Referee answered = TestReferences.refereeByEmail(answering);
        assertEquals(RefereeStatus.ANSWERED, answered.status);
        assertEquals(5, answered.answers.size());
        assertTrue(answered.answers.stream().allMatch(a -> a.score == 4 && "Altijd rustig aan de lijn.".equals(a.comment)));
        assertEquals(WorkAgain.YES, answered.wouldWorkAgain);

        String lateToken = named.invite(1);
        TestClock.set(Instant.now().plus(Duration.ofDays(15)));
        referee.get("/referee/" + lateToken).then().statusCode(410).body(containsString("De link is verlopen"));
        referee.get("/referee/" + "A".repeat(43)).then().statusCode(404);

        // Two weeks later the recruiter logs in again (a login lasts twelve hours at most).
        WebSession recruiterLater = WebSession.as(named.recruiterUser());
        recruiterLater.get(named.references()).then().statusCode(200)
                .body(containsString("De link is verlopen zonder antwoord")).body(containsString("Nieuwe link sturen"));
        long lateId = TestReferences.refereeByEmail(late).id;
        recruiterLater.post(named.references() + "/referees/" + lateId + "/invite", Map.of("checkId", named.request().checkId()))
                .then().statusCode(303);
        // The clock stands two weeks ahead, so the new link is read from the outbox rather than waited for over SMTP.
        List<OutboxMail> invitations = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list(
                "recipientKey = ?1 and kind = ?2 order by id", OutboxMail.keyOf(late), ReferenceMails.INVITATION));
        assertEquals(2, invitations.size(), "a new invitation after the first link ran out");
        Matcher link = Pattern.compile("/referee/([A-Za-z0-9_-]{43})").matcher(open(invitations.get(1)).text());
        assertTrue(link.find());
        referee.get("/referee/" + link.group(1)).then().statusCode(200);
        referee.get("/referee/" + lateToken).then().statusCode(404);
    }

    @Test
    void theRefereeChoosesToShareTheirAnswersWithTheCandidateOnlyByTickingTheBox() {
        Named named = named(2);
        String keepingToken = named.invite(0);
        String sharingToken = named.invite(1);

        String page = WebSession.anonymous().get("/referee/" + keepingToken).then().statusCode(200)
                .body(containsString("Sanne de Wit mag mijn antwoorden inzien, op de eigen statuspagina bij"))
                .body(containsString("u kunt ook zonder dit vinkje versturen")).extract().asString();
        Matcher box = Pattern.compile("<input[^>]*name=\"shareWithCandidate\"[^>]*>").matcher(page);
        assertTrue(box.find(), "the choice is on the form");
        assertFalse(box.group().contains("checked"), "unticked until the referee ticks it");
        WebSession.anonymous().language("en").get("/referee/" + sharingToken).then().statusCode(200)
                .body(containsString("Sanne de Wit may read my answers, on their status page at"));
        WebSession.anonymous().language("fr").get("/referee/" + sharingToken).then().statusCode(200)
                .body(containsString("Sanne de Wit peut lire mes réponses, sur sa page de suivi chez"));

        WebSession.anonymous().post("/referee/" + keepingToken, answers(4, "Altijd rustig aan de lijn.", "YES")).then().statusCode(200);
        Map<String, Object> ticked = answers(5, "Sterk in drukke weken.", "YES");
        ticked.put("shareWithCandidate", "true");
        WebSession.anonymous().post("/referee/" + sharingToken, ticked).then().statusCode(200);

        Referee kept = TestReferences.refereeByEmail(named.email(0));
        assertEquals(RefereeStatus.ANSWERED, kept.status, "answering does not need the choice");
        assertNull(kept.sharingAgreedAt, "no tick, no consent");
        Referee shared = TestReferences.refereeByEmail(named.email(1));
        assertEquals(shared.respondedAt, shared.sharingAgreedAt, "the consent is stored with its moment");
        named.recruiter().get(named.references()).then().statusCode(200)
                .body(containsString("Gedeeld met de kandidaat"))
                .body(containsString("<span class=\"small\">nee</span>"))
                .body(containsString("<span class=\"small\">ja</span>"));
        WebSession.anonymous().get("/status/" + named.request().statusToken()).then().statusCode(200)
                .body(containsString("Sterk in drukke weken."))
                .body(not(containsString("Altijd rustig aan de lijn.")))
                .body(containsString("Heeft geantwoord; de antwoorden zijn niet met je gedeeld."));
    }

    @Test
    void aRefereeMayDeclineAndThenOnlyTheDeclineIsKept() {
        Named named = named(1);
        String email = named.email(0);
        String token = named.invite(0);

        WebSession.anonymous().post("/referee/" + token + "/decline").then().statusCode(200)
                .body(containsString("We hebben genoteerd dat u afziet"));

        Referee declined = TestReferences.refereeByEmail(email);
        assertEquals(RefereeStatus.DECLINED, declined.status);
        assertNotNull(declined.respondedAt);
        assertEquals(0, declined.answers.size());
        assertNull(declined.wouldWorkAgain);
        assertNull(declined.remarks);
        WebSession.anonymous().get("/referee/" + token).then().statusCode(410);
    }

    @Test
    void anIncompleteQuestionnaireComesBackWithMessagesInTheRefereesLanguage() {
        Named named = named(1);
        String email = named.email(0);
        String token = named.invite(0);

        Map<String, Object> incomplete = answers(3, "Prima", "YES");
        incomplete.remove("score-PRESSURE");
        incomplete.remove("wouldWorkAgain");
        WebSession.anonymous().language("fr").post("/referee/" + token, incomplete).then().statusCode(400)
                .body(containsString("Choisissez une note"))
                .body(containsString("id=\"f-score-PRESSURE-error\""))
                .body(containsString("Choisissez une réponse"));
        assertEquals(RefereeStatus.INVITED, TestReferences.refereeByEmail(email).status, "nothing stored");
        WebSession.anonymous().language("en").get("/referee/" + token).then().statusCode(200)
                .body(containsString("Reference for Sanne de Wit"));
    }

    @Test
    void refereeAndCandidateMayWriteAsMuchAsTheFormsAllow() {
        Named named = named(1);
        String token = named.invite(0);
        Request request = named.request();

        Map<String, Object> tooLong = answers(4, TestTexts.accented(QuestionnaireForm.COMMENT_MAX + 1), "YES");
        tooLong.put("remarks", TestTexts.accented(QuestionnaireForm.REMARKS_MAX));
        WebSession.anonymous().post("/referee/" + token, tooLong).then().statusCode(400)
                .body(containsString("id=\"f-comment-PRESSURE-error\""))
                .body(containsString("Maximaal 2000 tekens."))
                .body(containsString(">" + tooLong.get("comment-PRESSURE") + "</textarea>"))
                .body(containsString(">" + tooLong.get("remarks") + "</textarea>"));
        assertEquals(RefereeStatus.INVITED, TestReferences.refereeByEmail(named.email(0)).status, "nothing stored");

        Map<String, Object> longest = answers(4, TestTexts.accented(QuestionnaireForm.COMMENT_MAX), "YES");
        longest.put("remarks", TestTexts.accented(QuestionnaireForm.REMARKS_MAX));
        WebSession.anonymous().post("/referee/" + token, longest).then().statusCode(200);
        Referee answered = TestReferences.refereeByEmail(named.email(0));
        assertEquals(longest.get("remarks"), answered.remarks);
        assertTrue(answered.answers.stream().allMatch(answer -> longest.get("comment-PRESSURE").equals(answer.comment)));

        // 3,999 characters as typed, the browser sends 100 lines with CR LF between them: 4,098.
        List<String> lines = Collections.nCopies(100, TestTexts.accented(39));
        WebSession.anonymous().post(request.path() + "/response", Map.of("response", String.join("\r\n", lines)))
                .then().statusCode(303);
        assertEquals(String.join("\n", lines), TestReferences.check(request.checkId()).candidateResponse);
    }

    @Test
    void withdrawingMidwayCancelsRequestsInvalidatesLinksAndDeletesAnswers() {
        Named named = named(2);
        Application application = named.application();
        WebSession recruiter = named.recruiter();
        Request request = named.request();
        String answeredToken = named.invite(0);
        String waitingToken = named.invite(1);
        Map<String, Object> shared = answers(2, "Kwam vaak te laat.", "NO");
        shared.put("shareWithCandidate", "true");
        WebSession.anonymous().post("/referee/" + answeredToken, shared).then().statusCode(200);

        WebSession.anonymous().post(request.path() + "/withdraw").then().statusCode(303);

        ReferenceCheck check = TestReferences.check(request.checkId());
        assertEquals(ReferenceCheckStatus.WITHDRAWN, check.status);
        assertNotNull(check.withdrawnAt);
        assertTrue(check.referees.stream().allMatch(r -> r.status == RefereeStatus.CANCELLED));
        assertTrue(check.referees.stream().allMatch(r -> r.answers.isEmpty() && r.wouldWorkAgain == null && r.remarks == null
                && r.sharingAgreedAt == null), "answers deleted, and with them the choice to share them");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> RefereeAnswer.count("referee.id in ?1",
                check.referees.stream().map(r -> r.id).toList())));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> ConsentRecord.count("refereeId in ?1 and withdrawnAt is not null",
                check.referees.stream().map(r -> r.id).toList())));
        WebSession.anonymous().get("/referee/" + waitingToken).then().statusCode(410).body(containsString("ingetrokken"));
        recruiter.get("/app/references/" + application.id).then().statusCode(200)
                .body(containsString("heeft de toestemming ingetrokken"))
                .body(not(containsString("Kwam vaak te laat.")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("detail like ?1", "%Hendriks%")));
    }

    @Test
    void anAddressStillAskedForAnotherCheckOfTheCandidateIsFoundThoughTheAddressesAreSealed() {
        Named named = named(1);
        String email = named.email(0);
        Application other = anApplication().to(aVacancy().published().persist()).sameCandidateAs(named.application()).persist();
        Request otherRequest = TestReferences.request(named.recruiter(), other);
        TestReferences.name(otherRequest, referee(1, "Joost Hendriks", email));
        long first = TestReferences.check(named.request().checkId()).referees.get(0).id;
        long second = TestReferences.check(otherRequest.checkId()).referees.get(0).id;
        long candidateId = named.application().candidate.id;
        QuarkusTransaction.requiringNew().run(() -> assertFalse(texts.isInvitedElsewhere(candidateId, email, first), "nobody asked yet"));

        named.recruiter().post("/app/references/" + other.id + "/referees/" + second + "/invite", Map.of("checkId", otherRequest.checkId()))
                .then().statusCode(303);

        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(texts.isInvitedElsewhere(candidateId, email, first), "asked for the other check");
            assertFalse(texts.isInvitedElsewhere(candidateId, email, second), "not asked for any other check");
            assertFalse(texts.isInvitedElsewhere(candidateId, "ander." + email, first), "another address");
        });
    }

    @Test
    void aRefereeWhoDoesNotAnswerGetsOneReminderWithANewLink() {
        Named named = named(1);
        String email = named.email(0);
        String first = named.invite(0);

        TestClock.set(Instant.now().plus(Duration.ofDays(2)));
        questionnaires.remindDue();
        assertNull(TestReferences.refereeByEmail(email).remindedAt, "not yet after two days");

        TestClock.set(Instant.now().plus(Duration.ofDays(4)));
        assertTrue(questionnaires.remindDue() >= 1);
        questionnaires.remindDue();
        // The clock stands four days ahead, so the reminder is read from the outbox rather than waited for over SMTP.
        List<OutboxMail> reminders = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list("recipientKey = ?1 and kind = ?2",
                OutboxMail.keyOf(email), ReferenceMails.REMINDER));
        assertEquals(1, reminders.size(), "one reminder only");
        assertTrue(open(reminders.get(0)).subject().startsWith("Herinnering: referentieverzoek voor Sanne de Wit"));
        Matcher link = Pattern.compile("/referee/([A-Za-z0-9_-]{43})").matcher(open(reminders.get(0)).text());
        assertTrue(link.find());
        String second = link.group(1);
        assertNotNull(TestReferences.refereeByEmail(email).remindedAt);
        WebSession.anonymous().get("/referee/" + second).then().statusCode(200);
        WebSession.anonymous().get("/referee/" + first).then().statusCode(200).body(containsString("Referentie voor Sanne de Wit"));
        WebSession.anonymous().post("/referee/" + first, answers(4, "Via de eerste link.", "YES")).then().statusCode(200);
        WebSession.anonymous().get("/referee/" + second).then().statusCode(410);
    }

    @Test
    void findingsAreFlaggedDiscussedAndShownToTheCandidateWhoCanRespond() {
        Named named = named(1);
        Application application = named.application();
        AppUser recruiterUser = named.recruiterUser();
        WebSession recruiter = named.recruiter();
        Request request = named.request();
        String email = named.email(0);
        String token = named.invite(0);
        Map<String, Object> shared = answers(2, "Kwam vaak te laat.", "NO");
        shared.put("shareWithCandidate", "true");
        WebSession.anonymous().post("/referee/" + token, shared).then().statusCode(200);

        recruiter.get("/app/references/" + application.id).then().statusCode(200)
                .body(containsString("Antwoorden naast elkaar"))
                .body(containsString("Let op: lage score of zou niet opnieuw samenwerken"))
                .body(containsString("Kwam vaak te laat."))
                .body(containsString("Competentie: Stressbestendigheid"));

        WebSession candidate = WebSession.anonymous();
        candidate.get("/status/" + request.statusToken()).then().statusCode(200)
                .body(containsString("Kwam vaak te laat.")).body(containsString("Jouw reactie op de referenties"));
        candidate.post(request.path() + "/response", Map.of("response", "Dat was in de periode dat de bus niet reed."))
                .then().statusCode(303);
        assertEquals("Dat was in de periode dat de bus niet reed.", TestReferences.check(request.checkId()).candidateResponse);

        long version = TestReferences.check(request.checkId()).version;
        recruiter.post("/app/references/" + application.id + "/discussion", Map.of("checkId", request.checkId(), "version", version,
                "response", "Besproken; vervoer is nu geregeld.")).then().statusCode(303);
        ReferenceCheck discussed = TestReferences.check(request.checkId());
        assertNotNull(discussed.discussedAt);
        assertEquals(recruiterUser.id, discussed.discussedBy);
        assertEquals("Besproken; vervoer is nu geregeld.", discussed.candidateResponse);

        recruiter.post("/app/references/" + application.id + "/discussion", Map.of("checkId", request.checkId(), "version", version,
                "response", "Oude versie")).then().statusCode(303);
        assertEquals("Besproken; vervoer is nu geregeld.", TestReferences.check(request.checkId()).candidateResponse,
                "a stale form does not overwrite");
    }

    @Test
    void whenTheApplicationEndsRefereesAreNoLongerAskedAndTheCandidateNeedNotAnswer() {
        Named named = named(1);
        String token = named.invite(0);
        Application waiting = running();
        Request unanswered = TestReferences.request(named.recruiter(), waiting);

        reject(named.recruiter(), named.application());
        reject(named.recruiter(), waiting);

        WebSession.anonymous().get("/referee/" + token).then().statusCode(410).body(containsString("ingetrokken"));
        assertEquals(RefereeStatus.CANCELLED, TestReferences.refereeByEmail(named.email(0)).status);
        WebSession candidate = WebSession.anonymous();
        candidate.get(unanswered.path()).then().statusCode(303);
        candidate.post(unanswered.path(), referee(1, "Joost Hendriks", refereeEmail())).then().statusCode(303);
        assertEquals(0, TestReferences.check(unanswered.checkId()).referees.size(), "nothing named after the end");
        candidate.get("/status/" + unanswered.statusToken()).then().statusCode(200)
                .body(containsString("referenten opgeven is niet meer nodig"))
                .body(not(containsString("/references/" + unanswered.checkId() + "\"")));
    }

    private static void reject(WebSession recruiter, Application application) {
        long version = TestApplications.reload(application.id).version;
        long reason = QuarkusTransaction.requiringNew().call(() -> RejectionReason.listActive().get(0).id);
        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", reason, "version", version,
                "timing", "NOW")).then().statusCode(303);
    }

    @Test
    void theApiStartsAChecksReadsItAndRefusesASecondOpenOne() {
        Application application = running();
        AppUser recruiter = TestUsers.recruiter();

        api(recruiter).body(Map.of("applicationId", application.id)).post("/api/reference-checks").then().statusCode(201)
                .body("status", equalTo("REQUESTED"));
        api(recruiter).body(Map.of("applicationId", application.id)).post("/api/reference-checks").then().statusCode(409)
                .body("code", equalTo("reference-check-open"));
        api(TestUsers.hiringManager()).body(Map.of("applicationId", application.id)).post("/api/reference-checks").then().statusCode(403);
        api(recruiter).get("/api/reference-checks?application=" + application.id).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("REQUESTED"));
    }
}
