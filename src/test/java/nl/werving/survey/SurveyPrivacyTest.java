package nl.werving.survey;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static nl.werving.survey.TestSurveys.invitationsFor;
import static nl.werving.survey.TestSurveys.mailedInvitation;
import static nl.werving.survey.TestSurveys.response;
import static nl.werving.survey.TestSurveys.responsesFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.Purge;
import nl.werving.support.Applicant;
import nl.werving.vacancy.Vacancy;

/** An open invitation is the candidate's (exported, purged, erased with them); answers are no one's and stay. */
@QuarkusTest
class SurveyPrivacyTest {

    @Inject
    SurveyPrivacy privacy;

    @Inject
    Purge purge;

    @Test
    void theExportListsAnOpenInvitation() {
        Vacancy vacancy = aVacancy().titled("Chatmedewerker webwinkel").published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        mailedInvitation(application, "nl");

        PersonalData exported = QuarkusTransaction.requiringNew().call(() -> privacy.export(application.candidate.id));

        assertEquals("surveyInvitations", exported.sections().get(0).name());
        List<?> rows = (List<?>) exported.sections().get(0).content();
        assertEquals(1, rows.size());
        assertEquals("Chatmedewerker webwinkel", ((Map<?, ?>) rows.get(0)).get("vacancy"));
    }

    @Test
    void thePurgeRemovesAnOpenInvitationAndKeepsTheAnswers() {
        Vacancy vacancy = aVacancy().published().persist();
        Application answered = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        Application open = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        String token = mailedInvitation(answered, "nl");
        mailedInvitation(open, "nl");
        nl.werving.support.WebSession.anonymous().post("/survey/" + token, TestSurveys.answers(6, 2, 2, 3, "Lang gewacht op antwoord."))
                .then().statusCode(200);
        response(vacancy, ApplicationStatus.HIRED, LocalDate.now().withDayOfMonth(1), 10, 5, 5, 5, null);
        Instant later = Instant.now().plus(Duration.ofDays(30));

        assertTrue(purge.purge(open.candidate.id, later));
        assertTrue(purge.purge(answered.candidate.id, later));

        assertEquals(0, invitationsFor(open), "the open invitation went with the candidate");
        assertEquals(2, responsesFor(vacancy), "answers stay for the reports");
    }

    @Test
    void anErasureWhileTheApplicationRunsLeavesNoInvitation() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applicant.applyAndReadStatusToken(vacancy.slug);
        Application application = QuarkusTransaction.requiringNew().call(() -> Application.<Application> find("candidate.emailKey",
                Candidate.emailKey(applicant.email)).singleResult());
        long candidateId = application.candidate.id;

        applicant.session().post("/status/" + token + "/erase", Map.of("confirm", "true")).then().statusCode(303);

        assertNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(candidateId)));
        assertEquals(0, invitationsFor(application));
    }

    @Test
    void expiredLinksAreForgotten() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.WITHDRAWN).persist();
        mailedInvitation(application, "fr");
        QuarkusTransaction.requiringNew().run(() -> SurveyInvitation.update("expiresAt = ?1 where application.id = ?2",
                Instant.now().minusSeconds(1), application.id));

        QuarkusTransaction.requiringNew().run(() -> privacy.forgetDeadLinks());

        assertEquals(0, invitationsFor(application));
    }

    @Test
    void aMergeMovesTheInvitationToTheCandidateKept() {
        Vacancy vacancy = aVacancy().published().persist();
        Application duplicate = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        Application kept = anApplication().to(aVacancy().published().persist()).persist();
        mailedInvitation(duplicate, "nl");

        QuarkusTransaction.requiringNew().run(() -> privacy.merge(duplicate.candidate.id, kept.candidate.id));

        assertEquals(kept.candidate.id, QuarkusTransaction.requiringNew().call(() -> SurveyInvitation.<SurveyInvitation> find(
                "application.id", duplicate.id).singleResult().candidate.id));
    }
}
