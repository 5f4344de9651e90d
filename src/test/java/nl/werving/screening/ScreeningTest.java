package nl.werving.screening;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.automation.ScheduledAction;
import nl.werving.automation.ScheduledActionStatus;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.pipeline.Stage;
import nl.werving.privacy.CandidateRights;
import nl.werving.privacy.Purge;
import nl.werving.support.Applicant;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;

/**
 * Screening questions and knock-out rules: the recruiter's editor, rule versions, applying with valid and invalid answers,
 * the knock-out with its delayed kind mail, undo, a person's review, CV optional, and the answers' privacy.
 */
@QuarkusTest
class ScreeningTest {

    /** A Friday afternoon: the knock-out mail waits for Monday morning. */
    static final Instant FRIDAY = Instant.parse("2026-11-27T13:00:00Z");
    static final Instant MONDAY_MAIL = Instant.parse("2026-11-30T08:00:00Z");

    @Inject
    Purge purge;

    @Inject
    CandidateRights rights;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static WebSession recruiter() {
        return WebSession.as(TestUsers.recruiter());
    }

    private static String screeningPath(Vacancy vacancy) {
        return "/app/vacancies/" + vacancy.id + "/screening";
    }

    private static List<ScreeningQuestion> questionsOf(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> ScreeningQuestion.listForVacancy(vacancy.id));
    }

    private static long question(Vacancy vacancy, ScreeningKind kind) {
        return questionsOf(vacancy).stream().filter(q -> q.kind == kind).findFirst().orElseThrow().id;
    }

    private static int version(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> KnockoutRuleSet.current(vacancy.id).map(set -> set.number).orElse(0));
    }

    private static long pendingActions(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> ScheduledAction.count("applicationId = ?1 and status = ?2", application.id,
                ScheduledActionStatus.PENDING));
    }

    private static Application applicationOf(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> find("candidate.emailKey", Candidate.emailKey(applicant.email))
                .singleResult());
    }

    /** A weekend vacancy whose form asks "weekend?" with the rule "no fails", and the hours with "fewer than 24 fails". */
    private static Vacancy weekendVacancy(WebSession recruiter) {
        Vacancy vacancy = aVacancy().titled("Weekendagent klantenservice").withWeekendWork().hours(24, 36).published().persist();
        recruiter.post(screeningPath(vacancy) + "/questions/ready", Map.of("kind", "WEEKEND", "withRule", "true")).then().statusCode(303);
        recruiter.post(screeningPath(vacancy) + "/questions/ready", Map.of("kind", "HOURS", "withRule", "true")).then().statusCode(303);
        return vacancy;
    }

    @Test
    void recruiterBuildsTheFormFromReadyMadeAndOwnQuestionsShownInTheVisitorsLanguage() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = aVacancy().withWeekendWork().requiring(Language.FR, LanguageLevel.B1).published().persist();
        recruiter.get(screeningPath(vacancy)).then().statusCode(200)
                .body(containsString("Kun je in het weekend werken?"))
                .body(containsString("Met knock-out-regel: Werken in het weekend"))
                .body(containsString("Met knock-out-regel: Frans op minstens niveau B1"));

        recruiter.post(screeningPath(vacancy) + "/questions/ready", Map.of("kind", "WEEKEND", "withRule", "true")).then().statusCode(303);
        recruiter.post(screeningPath(vacancy) + "/questions/ready", Map.of("kind", "LANGUAGE", "language", "FR", "withRule", "true"))
                .then().statusCode(303);
        recruiter.post(screeningPath(vacancy) + "/questions", Map.of("kind", "ONE_CHOICE", "textNl", "Welk rijbewijs heb je?",
                "textEn", "Which driving licence do you have?", "optionsNl", "Geen\nB\nC", "optionsEn", "None\nB\nC")).then().statusCode(303);

        assertEquals(2, version(vacancy), "each ready-made question with its rule made a new version");
        recruiter.get(screeningPath(vacancy)).then().statusCode(200)
                .body(containsString("Welk rijbewijs heb je?"))
                .body(containsString("Versie 2"));
        WebSession.anonymous().language("en").get("/jobs/" + vacancy.slug).then().statusCode(200)
                .body(containsString("Can you work at weekends?"))
                .body(containsString("How well do you speak and write French?"))
                .body(containsString("Which driving licence do you have?"))
                .body(containsString(">None</label>"));
        WebSession.anonymous().language("fr").get("/jobs/" + vacancy.slug).then().statusCode(200)
                .body(containsString("Pouvez-vous travailler le week-end\u00a0?"))
                .body(containsString("Welk rijbewijs heb je?"));
    }

    @Test
    void anOwnQuestionNeedsItsDutchTextAndTwoOptions() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = aVacancy().published().persist();
        recruiter.post(screeningPath(vacancy) + "/questions", Map.of("kind", "ONE_CHOICE", "textNl", "", "optionsNl", "Alleen"))
                .then().statusCode(400).body(containsString("Schrijf de vraag in het Nederlands."));
        recruiter.post(screeningPath(vacancy) + "/questions", Map.of("kind", "ONE_CHOICE", "textNl", "Welke dienst?", "optionsNl", "Alleen"))
                .then().statusCode(400).body(containsString("Geef minstens twee keuzes, één per regel."))
                .body(containsString("value=\"Welke dienst?\""));
        assertTrue(questionsOf(vacancy).isEmpty());
    }

    @Test
    void savingRulesMakesANewVersionAndAStaleFormIsAConflict() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = weekendVacancy(recruiter);
        assertEquals(2, version(vacancy));
        long weekend = question(vacancy, ScreeningKind.WEEKEND);
        long hours = question(vacancy, ScreeningKind.HOURS);

        recruiter.post(screeningPath(vacancy) + "/rules", Map.of("baseVersion", "2", "question", List.of(weekend, hours, ""),
                "operator", List.of("ANSWER_IS", "LESS_THAN", "ANSWER_IS"), "value", List.of("nee", "28", ""))).then().statusCode(303);
        assertEquals(3, version(vacancy));
        recruiter.get(screeningPath(vacancy)).then().body(containsString("Regels opgeslagen als versie 3."));

        recruiter.post(screeningPath(vacancy) + "/rules", Map.of("baseVersion", "3", "question", List.of(weekend, hours),
                "operator", List.of("ANSWER_IS", "LESS_THAN"), "value", List.of("no", "28"))).then().statusCode(303);
        assertEquals(3, version(vacancy), "unchanged rules make no new version");

        recruiter.post(screeningPath(vacancy) + "/rules", Map.of("baseVersion", "2", "question", List.of(weekend),
                "operator", List.of("ANSWER_IS"), "value", List.of("no"))).then().statusCode(409)
                .body(containsString("Iemand anders heeft de regels intussen opgeslagen"));
        assertEquals(3, version(vacancy));
    }

    @Test
    void aRuleOnADeletedQuestionIsRefusedBesideTheField() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = aVacancy().published().persist();
        recruiter.post(screeningPath(vacancy) + "/questions", Map.of("kind", "NUMBER", "textNl", "Hoeveel jaar ervaring heb je?"))
                .then().statusCode(303);
        long experience = question(vacancy, ScreeningKind.NUMBER);
        recruiter.post(screeningPath(vacancy) + "/questions/" + experience + "/delete").then().statusCode(303);

        recruiter.post(screeningPath(vacancy) + "/rules", Map.of("baseVersion", "0", "question", List.of(experience),
                "operator", List.of("LESS_THAN"), "value", List.of("1"))).then().statusCode(400)
                .body(containsString("id=\"f-r0-question-error\""))
                .body(containsString("Deze vraag is verwijderd. Kies een andere vraag of haal de regel weg."));
        assertEquals(0, version(vacancy));

        recruiter.post(screeningPath(vacancy) + "/questions", Map.of("kind", "YES_NO", "textNl", "Heb je een eigen headset?"))
                .then().statusCode(303);
        long headset = question(vacancy, ScreeningKind.YES_NO);
        recruiter.post(screeningPath(vacancy) + "/rules", Map.of("baseVersion", "0", "question", List.of(headset),
                "operator", List.of("LESS_THAN"), "value", List.of("1"))).then().statusCode(400)
                .body(containsString("Deze vergelijking past niet bij deze vraag."));
        recruiter.post(screeningPath(vacancy) + "/rules", Map.of("baseVersion", "0", "question", List.of(headset),
                "operator", List.of("ANSWER_IS"), "value", List.of("misschien"))).then().statusCode(400)
                .body(containsString("Vul een waarde in die bij de vraag past."));
    }

    @Test
    void aQuestionARuleUsesCannotBeDeleted() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = weekendVacancy(recruiter);
        long weekend = question(vacancy, ScreeningKind.WEEKEND);
        recruiter.post(screeningPath(vacancy) + "/questions/" + weekend + "/delete").then().statusCode(303);
        recruiter.get(screeningPath(vacancy)).then().body(containsString("Deze vraag hoort bij een knock-out-regel."));
        assertEquals(2, questionsOf(vacancy).size());
    }

    @Test
    void answersOutsideTheAllowedValuesAreRefusedBesideTheQuestionWithValuesKept() {
        Vacancy vacancy = weekendVacancy(recruiter());
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "misschien")
                .answering(question(vacancy, ScreeningKind.HOURS), "900");

        applicant.applyTo(vacancy.slug).then().statusCode(422)
                .body(containsString("Kies een van de antwoorden."))
                .body(containsString("Vul een heel getal in van 0 tot en met 80."))
                .body(containsString("id=\"f-q" + question(vacancy, ScreeningKind.HOURS) + "-error\""))
                .body(containsString("value=\"900\""))
                .body(containsString("value=\"Fenna Visser\""));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Application.count("vacancy.id", vacancy.id)));

        Applicant silent = anApplicant();
        // The summary above the form says which question each of the alike messages belongs to.
        silent.applyTo(vacancy.slug).then().statusCode(422)
                .body(containsString("class=\"alert-link\">Kun je in het weekend werken? – Geef hier een antwoord op.</a>"))
                .body(containsString("class=\"alert-link\">Hoeveel uur per week wil je werken? – Geef hier een antwoord op.</a>"));
    }

    @Test
    void passingAnswersAreKeptAndTheApplicationRuns() {
        Vacancy vacancy = weekendVacancy(recruiter());
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "yes")
                .answering(question(vacancy, ScreeningKind.HOURS), "32");

        applicant.applyTo(vacancy.slug).then().statusCode(303).header("Location", not(containsString("unmet")));

        Application application = applicationOf(applicant);
        assertEquals(ApplicationStatus.ACTIVE, application.status);
        assertNull(application.knockoutRuleId);
        List<ScreeningAnswer> answers = QuarkusTransaction.requiringNew().call(() -> ScreeningAnswer.listForApplication(application.id));
        List<String> texts = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ScreeningService.class).get()
                .answerTexts(application.candidate.id, answers));
        assertEquals(List.of("Ja", "32"), texts);
        assertEquals("Kun je in het weekend werken?", answers.get(0).questionText);
    }

    @Test
    void aKnockOutEndsTheApplicationWithItsRuleAndVersionAndTheKindMailLeavesTheNextWorkingDay() {
        Vacancy vacancy = weekendVacancy(recruiter());
        TestClock.set(FRIDAY);
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "no")
                .answering(question(vacancy, ScreeningKind.HOURS), "32");

        String location = applicant.applyTo(vacancy.slug).then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/applied?unmet="), location);
        applicant.session().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("Deze baan past helaas niet bij je antwoorden"))
                .body(containsString("Werken in het weekend"));

        Application application = applicationOf(applicant);
        assertEquals(ApplicationStatus.REJECTED, application.status);
        assertEquals(2, application.knockoutRuleVersion);
        assertNotNull(application.knockoutRuleId);
        assertEquals(RejectionReason.KNOCKOUT, QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application> findById(application.id).rejectionReason.id));
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(application.rejectionMailId));
        assertEquals(MONDAY_MAIL, mail.nextAttemptAt, "next working day, 9:00 in Amsterdam");
        assertTrue(open(mail).text().contains("Deze vacature vraagt: Werken in het weekend."), open(mail).text());
        assertTrue(open(mail).text().contains("/status/"), "the mail links to the status page for a review");
        String receipt = SmtpServer.text(SmtpServer.awaitMessagesTo(applicant.email, 1, Duration.ofSeconds(20)).get(0));
        assertTrue(receipt.contains("Deze vacature vraagt: Werken in het weekend."), receipt);
        assertFalse(receipt.contains("telefoongesprek"), "the receipt promises no next step the knock-out rules out");

        String token = readStatusToken(applicant);
        applicant.session().get("/status/" + token).then().statusCode(200)
                .body(containsString("Je voldoet niet aan de eisen van deze vacature: Werken in het weekend."))
                .body(containsString("Vraag een beoordeling door een medewerker"))
                .body(not(containsString("We hebben voor een andere kandidaat gekozen.")));

        TestClock.set(MONDAY_MAIL.plusSeconds(60));
        String text = SmtpServer.awaitMessagesTo(applicant.email, 2, Duration.ofSeconds(20)).stream()
                .map(SmtpServer::text).filter(mailed -> !mailed.equals(receipt) && mailed.contains("Werken in het weekend"))
                .findFirst().orElseThrow();
        assertTrue(text.contains("Vraag een beoordeling door een medewerker"), text);
    }

    @Test
    void answersThatFailTwoRulesAreToldBothRequirementsEverywhere() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = weekendVacancy(recruiter);
        TestClock.set(FRIDAY);
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "no")
                .answering(question(vacancy, ScreeningKind.HOURS), "12");
        String both = "Werken in het weekend; Minstens 24 uur per week beschikbaar";

        String location = applicant.applyTo(vacancy.slug).then().statusCode(303).extract().header("Location");
        applicant.session().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("Deze vacature vraagt: " + both + "."));

        Application application = applicationOf(applicant);
        List<Long> unmet = QuarkusTransaction.requiringNew().call(() -> List.copyOf(Application.<Application> findById(application.id)
                .unmetRuleIds));
        assertEquals(2, unmet.size(), "both rules are recorded");
        assertEquals(application.knockoutRuleId, unmet.get(0), "the first rule in order decided");
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(application.rejectionMailId));
        assertTrue(open(mail).text().contains("Deze vacature vraagt: " + both + "."), open(mail).text());
        String receipt = SmtpServer.text(SmtpServer.awaitMessagesTo(applicant.email, 1, Duration.ofSeconds(20)).get(0));
        assertTrue(receipt.contains("Deze vacature vraagt: " + both + "."), receipt);
        applicant.session().get("/status/" + readStatusToken(applicant)).then().statusCode(200)
                .body(containsString("Je voldoet niet aan de eisen van deze vacature: " + both + "."));
        recruiter.get(screeningPath(vacancy)).then().statusCode(200).body(containsString(both + " · regels versie 2"));

        // An address made by hand with rules of another vacancy, or with nothing known, tells nothing.
        applicant.session().get("/jobs/" + vacancy.slug + "/applied?unmet=" + Long.MAX_VALUE).then().statusCode(200)
                .body(not(containsString("Deze vacature vraagt")));
    }

    @Test
    void aRecruiterUndoesAKnockOutWhileTheMailWaits() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = weekendVacancy(recruiter);
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "yes")
                .answering(question(vacancy, ScreeningKind.HOURS), "12");
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        Application knocked = applicationOf(applicant);
        assertEquals(ApplicationStatus.REJECTED, knocked.status);
        recruiter.get(screeningPath(vacancy)).then().statusCode(200)
                .body(containsString("Minstens 24 uur per week beschikbaar · regels versie 2"))
                .body(containsString("/knockouts/" + knocked.id + "/undo"));

        recruiter.post(screeningPath(vacancy) + "/knockouts/" + knocked.id + "/undo").then().statusCode(303);

        Application undone = applicationOf(applicant);
        assertEquals(ApplicationStatus.ACTIVE, undone.status);
        assertNull(undone.knockoutRuleId);
        assertNull(QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(knocked.rejectionMailId)), "the mail is called off");
        recruiter.get(screeningPath(vacancy)).then().body(containsString("De afwijzing is ongedaan gemaakt"));
    }

    @Test
    void theCandidateAsksForAPersonsReviewAndARecruiterSeesIt() {
        WebSession recruiter = recruiter();
        Vacancy vacancy = weekendVacancy(recruiter);
        Stage first = stagesOf(vacancy).get(0);
        recruiter.post("/app/vacancies/" + vacancy.id + "/automations", Map.of("stageId", first.id, "action", "ASK_REFEREES",
                "delay", "NEXT_WORKING_DAY")).then().statusCode(303);
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "no")
                .answering(question(vacancy, ScreeningKind.HOURS), "30");
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        String token = readStatusToken(applicant);
        Application knocked = applicationOf(applicant);
        assertEquals(0L, pendingActions(knocked), "nothing planned for a knocked-out application");

        applicant.session().post("/status/" + token + "/applications/" + knocked.id + "/review").then().statusCode(303);

        Application reviewed = applicationOf(applicant);
        assertEquals(ApplicationStatus.ACTIVE, reviewed.status);
        assertEquals(1L, pendingActions(reviewed), "running again, the stage's automation is planned");
        assertNotNull(reviewed.reviewRequestedAt);
        assertEquals(knocked.knockoutRuleId, reviewed.knockoutRuleId, "the fact of the knock-out stays");
        assertNull(QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(knocked.rejectionMailId)));
        applicant.session().get("/status/" + token).then().statusCode(200)
                .body(containsString("Je verzoek is ontvangen."))
                .body(containsString("gevraagd om een beoordeling door een medewerker"))
                .body(not(containsString("/review\"")));
        recruiter.get(screeningPath(vacancy)).then().statusCode(200)
                .body(containsString("Beoordeling gevraagd"))
                .body(containsString("Fenna Visser"));

        applicant.session().post("/status/" + token + "/applications/" + knocked.id + "/review").then().statusCode(303);
        applicant.session().get("/status/" + token).then().body(containsString("kun je geen beoordeling (meer) vragen"));
    }

    @Test
    void withCvOptionalAnApplicationNeedsNoCv() {
        Vacancy optional = aVacancy().withCvOptional().published().persist();
        Applicant applicant = anApplicant().withoutCv();
        applicant.applyTo(optional.slug).then().statusCode(303);
        Application application = applicationOf(applicant);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateDocument.count("candidate.id", application.candidate.id)));
        WebSession.anonymous().get("/jobs/" + optional.slug).then().body(containsString("Mag, hoeft niet."));

        Vacancy required = aVacancy().published().persist();
        anApplicant().withoutCv().applyTo(required.slug).then().statusCode(400).body(containsString("Voeg je cv toe"));
    }

    @Test
    void answersAreExportedAndGoWithThePurgeWhileTheKnockOutFactsStay() throws Exception {
        Vacancy vacancy = weekendVacancy(recruiter());
        Applicant applicant = anApplicant().answering(question(vacancy, ScreeningKind.WEEKEND), "no")
                .answering(question(vacancy, ScreeningKind.HOURS), "30");
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        Application knocked = applicationOf(applicant);
        long candidateId = knocked.candidate.id;

        byte[] export = rights.export(candidateId);
        assertTrue(containsInZip(export, "screeningAnswers"), "the export holds the answers");
        // And the automated decision on them, with the requirement not met, in the readable copy too.
        assertTrue(containsInZip(export, "<h2>Automatische afwijzingen op je antwoorden</h2>"), "the readable copy names the knock-out");
        assertTrue(containsInZip(export, "Werken in het weekend"), "with the requirement not met");

        assertTrue(purge.purge(candidateId, Instant.now().plus(Duration.ofDays(400))));

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ScreeningAnswer.count("application.id", knocked.id)));
        Application facts = QuarkusTransaction.requiringNew().call(() -> Application.findById(knocked.id));
        assertNull(facts.candidate, "the link to the person is cut");
        assertEquals(knocked.knockoutRuleId, facts.knockoutRuleId);
        assertEquals(List.of(knocked.knockoutRuleId), QuarkusTransaction.requiringNew()
                .call(() -> List.copyOf(Application.<Application> findById(knocked.id).unmetRuleIds)), "the rules not met stay too");
        assertEquals(2, facts.knockoutRuleVersion);
        assertNotNull(facts.endedAt);
    }

    @Test
    void mergingTwoRecordsOfOnePersonKeepsTheirAnswersWithTheKeptOne() {
        WebSession recruiter = recruiter();
        Vacancy first = weekendVacancy(recruiter);
        Vacancy second = weekendVacancy(recruiter);
        Applicant kept = anApplicant().answering(question(first, ScreeningKind.WEEKEND), "yes")
                .answering(question(first, ScreeningKind.HOURS), "30");
        kept.applyTo(first.slug).then().statusCode(303);
        Applicant duplicate = anApplicant().answering(question(second, ScreeningKind.WEEKEND), "yes")
                .answering(question(second, ScreeningKind.HOURS), "28");
        duplicate.applyTo(second.slug).then().statusCode(303);
        nl.werving.candidate.Candidate keptCandidate = QuarkusTransaction.requiringNew()
                .call(() -> nl.werving.candidate.Candidate.<nl.werving.candidate.Candidate> findById(applicationOf(kept).candidate.id));
        nl.werving.candidate.Candidate duplicateCandidate = QuarkusTransaction.requiringNew()
                .call(() -> nl.werving.candidate.Candidate.<nl.werving.candidate.Candidate> findById(applicationOf(duplicate).candidate.id));

        recruiter.post("/app/candidates/" + keptCandidate.id + "/merge", Map.of("with", duplicateCandidate.id, "keep", keptCandidate.id,
                "version", keptCandidate.version, "otherVersion", duplicateCandidate.version, "confirm", true)).then().statusCode(303);

        assertEquals(4L, (long) QuarkusTransaction.requiringNew().call(() -> ScreeningAnswer.count("candidate.id", keptCandidate.id)));
    }

    private static boolean containsInZip(byte[] zip, String text) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String readStatusToken(Applicant applicant) {
        String text = SmtpServer.text(SmtpServer.awaitMessagesTo(applicant.email, 1, Duration.ofSeconds(20)).get(0));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/status/([A-Za-z0-9_-]{43})").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }
}
