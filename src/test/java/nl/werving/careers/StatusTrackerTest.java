package nl.werving.careers;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.Stage;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/**
 * The status page answers "where am I?": per running application the vacancy's stages (done, current, to come), the
 * next step, the day the candidate hears back, their recruiter and the team's address, in the language they applied in.
 */
@QuarkusTest
class StatusTrackerTest {

    /** Tuesday 1 December 2026: three working days later is Friday 4 December. */
    private static final Instant ENTERED = ZonedDateTime.of(2026, 12, 1, 11, 0, 0, 0, Formats.ZONE).toInstant();
    private static final LocalDate HEAR_BACK_BY = LocalDate.of(2026, 12, 4);

    @Inject
    CandidateService candidates;

    @Inject
    SqlStatements statements;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void showsTheStepsTheNextStepAndWhenTheCandidateHearsBackInDutch() {
        TestClock.set(ENTERED.plusSeconds(3600));
        Application application = runningInThirdStage("nl");
        String token = token(application);

        WebSession.anonymous().get("/status/" + token).then().statusCode(200)
                .body(containsString("Waar sta je?"))
                .body(containsString("Stap 3 van 8"))
                .body(containsString("<ol class=\"wv-tracker-steps\">"))
                .body(containsString("wv-tracker-current\" aria-current=\"step\">"))
                .body(containsString("Telefonisch gesprek"))
                .body(containsString("Volgende stap: Rollenspel"))
                .body(containsString("Je hoort uiterlijk " + Formats.date(HEAR_BACK_BY, Locale.forLanguageTag("nl")) + " van ons."))
                .body(containsString("Je recruiter is Sanne."))
                .body(containsString("mailto:werving@werving.example"))
                .body(not(containsString("06 ")));
    }

    @Test
    void speaksTheLanguageTheCandidateAppliedInUnlessTheyChoseAnother() {
        TestClock.set(ENTERED.plusSeconds(3600));
        Application french = runningInThirdStage("fr");
        Application english = runningInThirdStage("en");

        WebSession.anonymous().get("/status/" + token(french)).then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Où en êtes-vous\u00a0?"))
                .body(containsString("Étape 3 sur 8"))
                .body(containsString("Entretien téléphonique"))
                .body(containsString("Prochaine étape\u00a0: Jeu de rôle"))
                .body(containsString("au plus tard le " + Formats.date(HEAR_BACK_BY, Locale.forLanguageTag("fr"))))
                .body(containsString("Votre recruteur est Sanne."));
        WebSession.anonymous().get("/status/" + token(english)).then().statusCode(200)
                .body(containsString("Where are you?"))
                .body(containsString("Phone interview"))
                .body(containsString("Next step: Role-play"))
                .body(containsString("You will hear from us by " + Formats.date(HEAR_BACK_BY, Locale.forLanguageTag("en")) + "."));
        WebSession.anonymous().language("nl").get("/status/" + token(english)).then().statusCode(200)
                .body(containsString("Waar sta je?"));
    }

    @Test
    void aStageWithoutANameInTheCandidatesLanguageShowsItsDutchName() {
        TestClock.set(ENTERED.plusSeconds(3600));
        Application english = runningInThirdStage("en");
        long vacancyId = QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(english.id).vacancy.id);
        QuarkusTransaction.requiringNew().run(() -> Stage.update("name = 'Praktijkdag', nameEn = null where vacancy.id = ?1 and sortOrder = 4",
                vacancyId));

        WebSession.anonymous().get("/status/" + token(english)).then().statusCode(200)
                .body(containsString("Phone interview"))
                .body(containsString("Next step: Praktijkdag"));
    }

    @Test
    void saysSorryWhenTheDateHasPassedAndShowsAnEndedApplicationsOutcomeWithoutTracker() {
        TestClock.set(ENTERED.plusSeconds(10 * 86_400));
        Application late = runningInThirdStage("nl");
        WebSession.anonymous().get("/status/" + token(late)).then().statusCode(200)
                .body(containsString("Het duurt langer dan we je beloofden."));

        Vacancy vacancy = aVacancy().published().persist();
        Application rejected = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        WebSession.anonymous().get("/status/" + token(rejected)).then().statusCode(200)
                .body(containsString("Bedankt voor je tijd en interesse."))
                .body(not(containsString("Waar sta je?")));
    }

    @Test
    void theTrackerNeedsTheSameNumberOfStatementsForOneOrThreeApplications() {
        TestClock.set(ENTERED.plusSeconds(3600));
        Application one = runningInThirdStage("nl");
        Application first = runningInThirdStage("nl");
        for (int i = 0; i < 2; i++) {
            Vacancy other = aVacancy().published().persist();
            anApplication().to(other).sameCandidateAs(first).inStage(i + 1).persist();
        }

        assertEquals(statements.forPage(WebSession.anonymous(), "/status/" + token(one)),
                statements.forPage(WebSession.anonymous(), "/status/" + token(first)), "statements for 1 and for 3 applications");
    }

    /** An application in the vacancy's third stage (Telefonisch gesprek, 3 working days) since {@link #ENTERED}. */
    private static Application runningInThirdStage(String language) {
        AppUser recruiter = TestUsers.recruiter();
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("displayName = ?1 where id = ?2", "Sanne de Wit", recruiter.id));
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        Stage third = stagesOf(vacancy).get(2);
        QuarkusTransaction.requiringNew().run(() -> {
            Vacancy.update("recruiter.id = ?1 where id = ?2", recruiter.id, vacancy.id);
            Stage.update("timeLimitDays = 3 where id = ?1", third.id);
            Application.update("stageEnteredAt = ?1 where id = ?2", ENTERED, application.id);
            Candidate.update("locale = ?1 where id = ?2", language, application.candidate.id);
        });
        return application;
    }

    private String token(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> candidates.issueStatusToken(Candidate.findById(application.candidate.id)));
    }
}
