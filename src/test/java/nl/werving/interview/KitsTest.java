package nl.werving.interview;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestInterviews.kitOf;
import static nl.werving.support.TestInterviews.plan;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The recruiter and the hiring manager set up a vacancy's kit; what scorecards used stays. */
@QuarkusTest
class KitsTest {

    @Test
    void theHiringManagerAddsAQuestionAndRewordsAnAnchorForTheirVacancyOnly() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
        Vacancy other = aVacancy().published().persist();
        WebSession session = WebSession.as(manager);

        session.get("/app/vacancies/" + vacancy.id + "/kit").then().statusCode(200).body(containsString("Communicatie"));
        Competency communication = kitOf(vacancy).get(0);
        int questionsBefore = communication.questions.size();
        session.post("/app/vacancies/" + vacancy.id + "/kit/questions", Map.of("competencyId", communication.id, "kind", "SITUATIONAL",
                "textNl", "Een klant belt voor de vierde keer over dezelfde storing. Wat zeg je in de eerste minuut?", "textEn", ""))
                .then().statusCode(303);
        Competency after = kitOf(vacancy).get(0);
        assertEquals(questionsBefore + 1, after.questions.size());
        InterviewQuestion added = after.questions.get(after.questions.size() - 1);
        assertEquals(QuestionKind.SITUATIONAL, added.kind);
        assertEquals(added.text.nl(), added.text.en(), "without an English text the Dutch one stands in");

        Map<String, Object> reworded = new HashMap<>();
        reworded.put("nameNl", "Heldere communicatie");
        reworded.put("descriptionNl", communication.description.nl());
        reworded.put("anchor1Nl", communication.anchor1.nl());
        reworded.put("anchor3Nl", "");
        reworded.put("anchor5Nl", communication.anchor5.nl());
        session.post("/app/vacancies/" + vacancy.id + "/kit/competencies/" + communication.id, reworded).then().statusCode(400)
                .body(containsString("Beschrijf het gedrag bij dit niveau."));
        reworded.put("anchor3Nl", "Legt uit in gewone taal en controleert of de klant het begrepen heeft.");
        session.post("/app/vacancies/" + vacancy.id + "/kit/competencies/" + communication.id, reworded).then().statusCode(303);
        assertEquals("Heldere communicatie", kitOf(vacancy).get(0).name.nl());
        assertEquals("Communicatie", QuarkusTransaction.requiringNew().call(() -> Competency.<Competency> findById(1L).name.nl()),
                "the default kit stays as it was");

        session.get("/app/vacancies/" + other.id + "/kit").then().statusCode(403);
        WebSession.as(TestUsers.recruiter()).get("/app/vacancies/" + other.id + "/kit").then().statusCode(200);
    }

    @Test
    void whatAScorecardUsedCannotBeRemoved() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        AppUser interviewer = TestUsers.hiringManager();
        Interview interview = plan(WebSession.as(TestUsers.recruiter()), application, List.of(interviewer));
        // Planned before interviews had their own questions: its scorecard asks the whole kit. (Questions an interview
        // chose are retired instead, see PlannedQuestionsTest.)
        QuarkusTransaction.requiringNew().run(() -> Interview.<Interview> findById(interview.id).questionIds.clear());
        List<Competency> kit = kitOf(vacancy);
        WebSession session = WebSession.as(interviewer);
        session.get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200);
        long version = QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().version);
        long used = kit.get(0).questions.get(0).id;
        session.post("/app/interviews/" + interview.id + "/scorecard", Map.of("rating-c" + kit.get(0).id, 4, "action-" + used,
                "Belde terug zoals beloofd.", "result-" + used, "Klant tevreden.", "rating-q" + used, 4, "intent", "save",
                "version", version)).then().statusCode(303);

        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/vacancies/" + vacancy.id + "/kit/questions/" + used + "/delete").then().statusCode(303);
        recruiter.post("/app/vacancies/" + vacancy.id + "/kit/competencies/" + kit.get(0).id + "/delete").then().statusCode(303);
        recruiter.get("/app/vacancies/" + vacancy.id + "/kit").then().body(containsString("al gebruikt in een scorecard"));
        assertEquals(kit.size(), kitOf(vacancy).size());
        assertTrue(kitOf(vacancy).get(0).questions.stream().anyMatch(q -> q.id == used));

        long unused = kit.get(1).questions.get(0).id;
        recruiter.post("/app/vacancies/" + vacancy.id + "/kit/questions/" + unused + "/delete").then().statusCode(303);
        recruiter.post("/app/vacancies/" + vacancy.id + "/kit/competencies/" + kit.get(2).id + "/delete").then().statusCode(303);
        List<Competency> after = kitOf(vacancy);
        assertEquals(kit.size() - 1, after.size());
        assertTrue(after.stream().flatMap(c -> c.questions.stream()).noneMatch(q -> q.id == unused));
    }
}
