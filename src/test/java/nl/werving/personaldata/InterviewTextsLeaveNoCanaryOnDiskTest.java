package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.identity.AppUser;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.Scorecard;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.DatabaseFiles;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestTexts;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The raw database files hold no readable STAR note, general note, reason of a correction or role-play note, before or
 * after a purge or an erasure: they reach the database only sealed under the candidate's key. The scores stay readable for reports.
 */
@QuarkusTest
@TestProfile(DatabaseFiles.OnDisk.class)
class InterviewTextsLeaveNoCanaryOnDiskTest extends CanaryOnDiskTest {

    private long applicationId;

    /** A rejected candidate with a scorecard (an autosave, then the submit and a correction) and a role-play. */
    @Override
    Canaries aCandidateWithCanaries() {
        Map<String, String> canaries = new LinkedHashMap<>();
        for (String kind : List.of("SITUATIE", "TAAK", "ACTIE", "RESULTAAT", "ALGEMEEN", "CORRECTIE", "ROLLENSPEL")) {
            canaries.put(kind, kind + "-KANARIE-" + UUID.randomUUID());
        }
        String title = "Klantenservice " + UUID.randomUUID();
        Vacancy vacancy = aVacancy().titled(title).published().persist();
        // The name also goes into the candidate's calendar invitation.
        String name = "Joris Kanarie-" + TestTexts.randomLetters(10);
        canaries.put("name in the calendar invitation", name);
        Application application = anApplication().to(vacancy).by(name).persist();
        AppUser manager = TestUsers.hiringManager();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview interview = TestInterviews.plan(recruiter, application, List.of(manager));
        // An autosave first, as the interviewer types: its rows are dead once the submit rewrites them.
        WebSession interviewer = WebSession.as(manager);
        String path = "/app/interviews/" + interview.id + "/scorecard";
        interviewer.get(path).then().statusCode(200);
        long question = interview.questionIds.get(0);
        interviewer.post(path + "/autosave", Map.of("situation-" + question, "Eerste versie. " + canaries.get("SITUATIE"),
                "version", version(interview, manager))).then().statusCode(200);
        Map<String, Object> form = new HashMap<>();
        List<Competency> kit = TestInterviews.kitOf(vacancy);
        kit.forEach(c -> form.put("rating-c" + c.id, 3));
        form.put("situation-" + question, "Klant belde twee keer. " + canaries.get("SITUATIE"));
        form.put("task-" + question, "Terugbetalen. " + canaries.get("TAAK"));
        form.put("action-" + question, "Zocht het op. " + canaries.get("ACTIE"));
        form.put("result-" + question, "Klant tevreden. " + canaries.get("RESULTAAT"));
        form.put("rating-q" + question, 3);
        form.put("notes", "Rustig en helder. " + canaries.get("ALGEMEEN"));
        form.put("recommendation", "YES");
        form.put("intent", "submit");
        form.put("version", version(interview, manager));
        interviewer.post(path, form).then().statusCode(303);
        interviewer.post(path + "/amend", Map.of("amend-target", kit.get(0).id, "amend-rating", 4,
                "amend-reason", "Bij teruglezen sterker. " + canaries.get("CORRECTIE"))).then().statusCode(303);
        recruiter.post("/app/roleplays", TestInterviews.roleplayForm(application, "Bleef vriendelijk. " + canaries.get("ROLLENSPEL"))).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Application ended = Application.findById(application.id);
            ended.status = ApplicationStatus.REJECTED;
            ended.endedAt = Instant.now();
        });

        applicationId = application.id;
        return new Canaries(application.candidate.id, title, canaries);
    }

    /** The scorecard's ratings stay for reports. */
    @Override
    void afterTheCandidateWent(Canaries canaries) {
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Scorecard.count("application.id", applicationId)));
    }

    private static long version(Interview interview, AppUser interviewer) {
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().version);
    }
}
