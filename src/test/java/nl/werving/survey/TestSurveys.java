package nl.werving.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Tokens;

/** Survey invitations with a known link, answers as a form posts them, and stored responses for the results. */
final class TestSurveys {

    private TestSurveys() {
    }

    /** An invitation mailed just now for an ended application, in the given language; returns the link's token. */
    static String mailedInvitation(Application application, String language) {
        String token = Tokens.newToken();
        QuarkusTransaction.requiringNew().run(() -> {
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.candidate = Candidate.findById(application.candidate.id);
            invitation.application = Application.findById(application.id);
            invitation.language = language;
            invitation.createdAt = Instant.now();
            invitation.sendAfter = invitation.createdAt;
            invitation.tokenHash = Tokens.hash(token);
            invitation.sentAt = invitation.createdAt;
            invitation.expiresAt = invitation.createdAt.plus(Duration.ofDays(30));
            invitation.persist();
        });
        return token;
    }

    /** A complete, valid answer as the page posts it. */
    static Map<String, Object> answers(int nps, int clarity, int speed, int respect, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put("nps", nps);
        form.put("clarity", clarity);
        form.put("speed", speed);
        form.put("respect", respect);
        form.put("comment", comment);
        return form;
    }

    /** A stored response, as if answered in that month. */
    static void response(Vacancy vacancy, ApplicationStatus outcome, LocalDate month, int nps, int clarity, int speed, int respect,
            String comment) {
        QuarkusTransaction.requiringNew().run(() -> {
            SurveyResponse.of(Vacancy.findById(vacancy.id), outcome, month, nps, clarity, speed, respect, comment).persist();
        });
    }

    static long responsesFor(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyResponse.count("vacancy.id", vacancy.id));
    }

    static long invitationsFor(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyInvitation.count("application.id", application.id));
    }
}
