package nl.werving.automation;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.booking.BookingInvitations;
import nl.werving.booking.SlotKind;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.messaging.CandidateMessage;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.privacy.CandidateRights;
import nl.werving.reference.ReferenceCheck;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestReferences;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/**
 * Stage automations: a recruiter sets them per stage, entering the stage plans them (on the card and the profile), they
 * run after their delay once, never for a candidate who left the stage, can be cancelled, and bad input is refused
 * beside its field.
 */
@QuarkusTest
class StageAutomationTest {

    /** A Tuesday morning, so that "next working day" is Wednesday. */
    private static final Instant TUESDAY = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, Formats.ZONE).toInstant();

    @Inject
    AutomationFirer firer;

    @Inject
    CandidateRights rights;

    @Inject
    AutomationPrivacy privacy;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void sendsTheTemplateAfterItsDelayOnceTheCandidateEnteredTheStage() throws Exception {
        TestClock.set(TUESDAY);
        Vacancy vacancy = aVacancy().titled("Klantenservice Deventer").published().persist();
        Stage screening = stagesOf(vacancy).get(1);
        long template = template();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(vacancy), Map.of("stageId", screening.id, "action", "SEND_TEMPLATE", "templateId", template,
                "delay", "HOURS", "delayHours", "2")).then().statusCode(303);
        recruiter.get(automations(vacancy)).then().statusCode(200).body(containsString("Na 2 uur"))
                .body(containsString("Bericht sturen: Screening uitnodiging"));
        Application application = anApplication().to(vacancy).by("Noor Vermeulen").persist();

        move(recruiter, application, screening);

        assertEquals(List.of(ScheduledActionStatus.PENDING), statuses(application));
        recruiter.get("/app/vacancies/" + vacancy.id + "/board").then().statusCode(200).body(containsString("1 geplande actie"));
        recruiter.get("/app/candidates/" + application.candidate.id).then().statusCode(200)
                .body(containsString("Geplande acties")).body(containsString("Bericht sturen: Screening uitnodiging"));

        TestClock.advance(Duration.ofMinutes(119));
        assertEquals(0, firer.fireDue(), "not due before its delay");
        TestClock.advance(Duration.ofMinutes(2));
        assertEquals(1, firer.fireDue());
        assertEquals(0, firer.fireDue(), "runs once");

        MimeMessage mail = SmtpServer.awaitMessagesTo(email(application), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Uitnodiging screening Klantenservice Deventer", mail.getSubject());
        assertTrue(SmtpServer.text(mail).contains("Beste Noor,"), SmtpServer.text(mail));
        assertEquals(List.of(ScheduledActionStatus.DONE), statuses(application));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateMessage.count("applicationId", application.id)),
                "on the timeline like a message by hand");
        recruiter.get("/app/vacancies/" + vacancy.id + "/board").then().body(not(containsString("geplande actie")));
    }

    @Test
    void nothingRunsForACandidateWhoLeftTheStageOrWasCancelled() {
        TestClock.set(TUESDAY);
        Vacancy vacancy = aVacancy().published().persist();
        List<Stage> stages = stagesOf(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        aSlot().of(vacancy, stages.get(1)).seats(8).persist();
        recruiter.post(automations(vacancy), Map.of("stageId", stages.get(1).id, "action", "SEND_BOOKING_LINK",
                "delay", "NEXT_WORKING_DAY")).then().statusCode(303);
        Application movedOn = anApplication().to(vacancy).persist();
        Application cancelled = anApplication().to(vacancy).persist();
        move(recruiter, movedOn, stages.get(1));
        move(recruiter, cancelled, stages.get(1));
        ScheduledAction planned = only(cancelled);
        assertEquals(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, Formats.ZONE).toInstant(), planned.dueAt, "next working day, 9:00");

        move(recruiter, movedOn, stages.get(2));
        recruiter.post("/app/scheduled-actions/" + planned.id + "/cancel", Map.of("returnTo", "/app/candidates/" + cancelled.candidate.id))
                .then().statusCode(303);
        recruiter.get("/app/candidates/" + cancelled.candidate.id).then().body(containsString("Geplande actie geannuleerd."))
                .body(not(containsString("Geplande acties")));

        TestClock.advance(Duration.ofDays(2));
        firer.fireDue();

        assertEquals(List.of(ScheduledActionStatus.SKIPPED), statuses(movedOn));
        assertEquals(List.of(ScheduledActionStatus.CANCELLED), statuses(cancelled));
        assertEquals(0L, mailsOfKind(movedOn, BookingInvitations.KIND) + mailsOfKind(cancelled, BookingInvitations.KIND));
    }

    @Test
    void anApplicationThatEndedBeforeTheActionFiredGetsNothing() {
        TestClock.set(TUESDAY);
        Vacancy vacancy = aVacancy().published().persist();
        Stage screening = stagesOf(vacancy).get(1);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(vacancy), Map.of("stageId", screening.id, "action", "SEND_TEMPLATE", "templateId", template(),
                "delay", "HOURS", "delayHours", "1")).then().statusCode(303);
        Application application = anApplication().to(vacancy).persist();
        move(recruiter, application, screening);
        // Ended behind the back of the service (as a purge run or another instance might leave it): firing checks again.
        QuarkusTransaction.requiringNew().run(() -> Application.update("status = nl.werving.pipeline.ApplicationStatus.WITHDRAWN where id = ?1",
                application.id));

        TestClock.advance(Duration.ofHours(2));
        firer.fireDue();

        assertEquals(List.of(ScheduledActionStatus.SKIPPED), statuses(application));
        assertEquals(0L, mailsOfKind(application, "message"));
    }

    @Test
    void twoFirersAtOnceRunEachActionExactlyOnce() throws Exception {
        Vacancy vacancy = aVacancy().titled("Chat support Breda").published().persist();
        Stage screening = stagesOf(vacancy).get(1);
        aSlot().of(vacancy, screening).kind(SlotKind.GROUP_SESSION).seats(12).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(vacancy), Map.of("stageId", screening.id, "action", "SEND_BOOKING_LINK", "delay", "IMMEDIATELY"))
                .then().statusCode(303);
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Application application = anApplication().to(vacancy).persist();
            move(recruiter, application, screening);
            applications.add(application);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> fire = firer::fireDue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(fire, fire), 60, TimeUnit.SECONDS);
            assertEquals(12, runs.get(0).get() + runs.get(1).get(), "together the two firers ran every action once");
        } finally {
            pool.shutdownNow();
        }

        for (Application application : applications) {
            assertEquals(List.of(ScheduledActionStatus.DONE), statuses(application));
            List<MimeMessage> mails = SmtpServer.awaitMessagesTo(email(application), 1, Duration.ofSeconds(60));
            assertEquals(1, mails.size());
            assertEquals("Kies je moment: Chat support Breda", mails.get(0).getSubject());
            assertTrue(SmtpServer.text(mails.get(0)).matches("(?s).*/status/[A-Za-z0-9_-]{20,}/applications/" + application.id + "/booking.*"),
                    SmtpServer.text(mails.get(0)));
        }
        assertEquals(12L, applications.stream().mapToLong(a -> mailsOfKind(a, BookingInvitations.KIND)).sum());
    }

    @Test
    void asksForRefereesAndRemindsThePanelFromAThreadWithoutUser() throws Exception {
        Vacancy vacancy = aVacancy().titled("Klantenservice Mechelen").published().persist();
        Stage interview = stagesOf(vacancy).get(4);
        AppUser user = TestUsers.recruiter();
        AppUser interviewer = TestUsers.hiringManager();
        WebSession recruiter = WebSession.as(user);
        recruiter.post(automations(vacancy), Map.of("stageId", interview.id, "action", "ASK_REFEREES", "delay", "IMMEDIATELY"))
                .then().statusCode(303);
        recruiter.post(automations(vacancy), Map.of("stageId", interview.id, "action", "REMIND_INTERVIEWERS", "delay", "IMMEDIATELY"))
                .then().statusCode(303);
        Application application = anApplication().to(vacancy).persist();
        TestInterviews.plan(recruiter, application, List.of(interviewer));
        move(recruiter, application, interview);

        ExecutorService job = Executors.newSingleThreadExecutor();
        try {
            assertEquals(2, job.submit(firer::fireDue).get(60, TimeUnit.SECONDS));
        } finally {
            job.shutdownNow();
        }

        assertEquals(List.of(ScheduledActionStatus.DONE, ScheduledActionStatus.DONE), statuses(application));
        ReferenceCheck check = QuarkusTransaction.requiringNew().call(() -> ReferenceCheck.<ReferenceCheck> find("application.id",
                application.id).singleResult());
        assertEquals(user.id, check.requestedBy, "asked on behalf of the recruiter who set the automation up");
        assertEquals(1L, mailsOfKind(application, "reference-request"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey = ?1 and kind = ?2",
                OutboxMail.keyOf(interviewer.email), "interview-invitation")), "the invitation, and the reminder");
    }

    @Test
    void aRefereeRequestAlreadyOpenIsSkippedNotFailed() {
        Vacancy vacancy = aVacancy().published().persist();
        Stage references = stagesOf(vacancy).get(5);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(vacancy), Map.of("stageId", references.id, "action", "ASK_REFEREES", "delay", "IMMEDIATELY"))
                .then().statusCode(303);
        Application application = anApplication().to(vacancy).persist();
        TestReferences.request(recruiter, application);
        move(recruiter, application, references);

        assertEquals(1, firer.fireDue());

        assertEquals(List.of(ScheduledActionStatus.SKIPPED), statuses(application), "the candidate is not asked twice");
        assertEquals(1L, mailsOfKind(application, "reference-request"));
    }

    @Test
    void refusesAnUnknownTemplateADelayOutOfRangeAndAStageOfAnotherVacancyBesideTheField() {
        Vacancy vacancy = aVacancy().published().persist();
        Vacancy other = aVacancy().published().persist();
        long stage = stagesOf(vacancy).get(1).id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post(automations(vacancy), Map.of("stageId", stage, "action", "SEND_TEMPLATE", "templateId", 987654321L,
                "delay", "IMMEDIATELY")).then().statusCode(400)
                .body(containsString("id=\"f-templateId-error\""))
                .body(containsString("Kies een bestaand berichtsjabloon."));
        recruiter.post(automations(vacancy), Map.of("stageId", stage, "action", "ASK_REFEREES", "delay", "HOURS", "delayHours", "1000"))
                .then().statusCode(400)
                .body(containsString("id=\"f-delayHours-error\""))
                .body(containsString("Vul een heel aantal uren in, van 1 tot en met 672."))
                .body(containsString("value=\"1000\""));
        recruiter.copy().language("en").post(automations(vacancy), Map.of("stageId", stagesOf(other).get(1).id, "action", "ASK_REFEREES",
                "delay", "IMMEDIATELY")).then().statusCode(400)
                .body(containsString("id=\"f-stageId-error\""))
                .body(containsString("Choose a stage of this vacancy."));
        recruiter.copy().language("fr").post(automations(vacancy), Map.of("stageId", stage, "action", "ASK_REFEREES",
                "delay", "HOURS", "delayHours", "twee")).then().statusCode(400)
                .body(containsString("Indiquez un nombre entier d&#39;heures, de 1 à 672."));

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> StageAutomation.count("stage.vacancy.id", vacancy.id)));
    }

    @Test
    void aStaleEditIsAConflictNotAnOverwrite() {
        Vacancy vacancy = aVacancy().published().persist();
        long stage = stagesOf(vacancy).get(1).id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(vacancy), Map.of("stageId", stage, "action", "ASK_REFEREES", "delay", "IMMEDIATELY"))
                .then().statusCode(303);
        StageAutomation saved = QuarkusTransaction.requiringNew().call(() -> StageAutomation.<StageAutomation> find("stage.id", stage).firstResult());
        String path = automations(vacancy) + "/" + saved.id;

        recruiter.post(path, Map.of("stageId", stage, "action", "ASK_REFEREES", "delay", "HOURS", "delayHours", "4", "version", saved.version))
                .then().statusCode(303);
        recruiter.post(path, Map.of("stageId", stage, "action", "REMIND_INTERVIEWERS", "delay", "IMMEDIATELY", "version", saved.version))
                .then().statusCode(409).body(containsString("Iemand anders heeft deze automatisering intussen gewijzigd."));
        recruiter.post(path + "/delete", Map.of("version", saved.version)).then().statusCode(409);

        StageAutomation now = QuarkusTransaction.requiringNew().call(() -> StageAutomation.<StageAutomation> findById(saved.id));
        assertEquals(AutomationAction.ASK_REFEREES, now.action);
        assertEquals(4, now.delayHours);
    }

    @Test
    void hiringManagersCannotConfigureOrCancel() {
        Vacancy vacancy = aVacancy().published().persist();
        WebSession manager = WebSession.as(TestUsers.hiringManager());
        manager.get(automations(vacancy)).then().statusCode(403);
    }

    @Test
    void aHiringManagerSeesOnlyWhatWasPlannedOnTheirOwnVacancies() {
        AppUser hiringManager = TestUsers.hiringManager();
        Vacancy theirs = aVacancy().managedBy(hiringManager).published().persist();
        Vacancy another = aVacancy().titled("Nachtdienst helpdesk Hasselt").published().persist();
        Stage screening = stagesOf(another).get(1);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(another), Map.of("stageId", screening.id, "action", "ASK_REFEREES", "delay", "NEXT_WORKING_DAY"))
                .then().statusCode(303);
        Application own = anApplication().to(theirs).persist();
        Application elsewhere = anApplication().to(another).sameCandidateAs(own).persist();
        move(recruiter, elsewhere, screening);
        recruiter.get("/app/candidates/" + own.candidate.id).then().statusCode(200)
                .body(containsString("Geplande acties")).body(containsString("Nachtdienst helpdesk Hasselt"));

        WebSession.as(hiringManager).get("/app/candidates/" + own.candidate.id).then().statusCode(200)
                .body(not(containsString("Geplande acties"))).body(not(containsString("Nachtdienst helpdesk Hasselt")));
    }

    @Test
    void erasureRemovesWhatWasPlannedForTheCandidate() {
        Vacancy vacancy = aVacancy().published().persist();
        Stage screening = stagesOf(vacancy).get(1);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(automations(vacancy), Map.of("stageId", screening.id, "action", "SEND_BOOKING_LINK", "delay", "NEXT_WORKING_DAY"))
                .then().statusCode(303);
        Application application = anApplication().to(vacancy).persist();
        move(recruiter, application, screening);
        assertEquals(1, statuses(application).size());
        List<?> exported = (List<?>) QuarkusTransaction.requiringNew().call(() -> privacy.export(application.candidate.id))
                .sections().get(0).content();
        assertEquals(1, exported.size(), "the candidate's copy lists what was planned: " + exported);
        assertTrue(exported.get(0).toString().contains("SEND_BOOKING_LINK"), exported.toString());

        QuarkusTransaction.requiringNew().run(() -> rights.erase(application.candidate.id));

        assertEquals(List.of(), statuses(application), "no planned action outlives the person");
        assertEquals(null, TestApplications.reload(application.id).candidate);
    }

    // --- helpers

    private static String automations(Vacancy vacancy) {
        return "/app/vacancies/" + vacancy.id + "/automations";
    }

    private static void move(WebSession session, Application application, Stage to) {
        long version = TestApplications.reload(application.id).version;
        session.post("/app/applications/" + application.id + "/move", Map.of("toStageId", to.id, "version", version))
                .then().statusCode(303);
    }

    private static List<ScheduledActionStatus> statuses(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> ScheduledAction.<ScheduledAction> list("applicationId", application.id)
                .stream().map(action -> action.status).toList());
    }

    private static ScheduledAction only(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> ScheduledAction.<ScheduledAction> find("applicationId", application.id).singleResult());
    }

    private static String email(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).email());
    }

    private static long mailsOfKind(Application application, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("candidateId = ?1 and kind = ?2", application.candidate.id, kind));
    }

    static long template() {
        return QuarkusTransaction.requiringNew().call(() -> {
            nl.werving.messaging.MessageTemplate template = new nl.werving.messaging.MessageTemplate();
            template.name = new nl.werving.web.LocalizedText("Screening uitnodiging " + java.util.UUID.randomUUID().toString().substring(0, 6), null, null);
            template.subject = new nl.werving.web.LocalizedText("Uitnodiging screening {vacancy}", "Screening invitation {vacancy}", null);
            template.body = new nl.werving.web.LocalizedText("Beste {first_name},\n\nWe bellen je deze week.\n\nGroet, {recruiter}",
                    "Dear {first_name},\n\nWe will call you this week.\n\nRegards, {recruiter}", null);
            template.persist();
            return template.id;
        });
    }
}
