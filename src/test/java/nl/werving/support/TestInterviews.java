package nl.werving.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.identity.AppUser;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.InterviewKind;
import nl.werving.interview.Interviews;
import nl.werving.pipeline.Application;
import nl.werving.roleplay.RoleplayScenario;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** Plans interviews the way a recruiter does, through the form. */
public final class TestInterviews {

    private TestInterviews() {
    }

    /** The planning form of a final interview on the application, with the default questions ticked. */
    public static Map<String, Object> interviewForm(Application application, LocalDate date, String time, String location,
            String videoUrl, List<Long> interviewers, Long version) {
        Map<String, Object> form = interviewForm(date, time, location, videoUrl, interviewers, version);
        form.put("questionIds", defaultQuestions(application, InterviewKind.FINAL));
        return form;
    }

    /** The planning form without questions: a final interview for which the test chooses its own. */
    public static Map<String, Object> interviewForm(LocalDate date, String time, String location, String videoUrl,
            List<Long> interviewers, Long version) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", InterviewKind.FINAL.name());
        form.put("date", date == null ? "" : date.toString());
        form.put("time", time);
        form.put("durationMinutes", 45);
        form.put("location", location);
        form.put("videoUrl", videoUrl);
        form.put("interviewerIds", interviewers);
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    /** The questions the planning form ticks for a kind of interview on the application's vacancy. */
    public static List<Long> defaultQuestions(Application application, InterviewKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> kind.defaults(Arc.container().instance(Interviews.class).get()
                .kit(application.vacancy.id)));
    }

    /** A vacancy's interview kit with its questions, as the scorecard shows it. */
    public static List<Competency> kitOf(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Competency> kit = Competency.kit(vacancy.id);
            kit.forEach(competency -> competency.questions.size());
            return kit;
        });
    }

    public static LocalDate inDays(int days) {
        return LocalDate.now(Formats.ZONE).plusDays(days);
    }

    /**
     * A final interview three days from now at 10:00 in a room, with these interviewers and the default questions: one
     * about every competency of the kit, the first of each.
     */
    public static Interview plan(WebSession recruiter, Application application, List<AppUser> interviewers) {
        return plan(recruiter, application, interviewers, InterviewKind.FINAL, defaultQuestions(application, InterviewKind.FINAL));
    }

    /** An interview three days from now at 10:00 in a room, of this kind with these questions. */
    public static Interview plan(WebSession recruiter, Application application, List<AppUser> interviewers, InterviewKind kind,
            List<Long> questions) {
        Map<String, Object> form = interviewForm(inDays(3), "10:00", "Kantoor Utrecht, zaal Dom", "",
                interviewers.stream().map(user -> user.id).toList(), null);
        form.put("kind", kind.name());
        form.put("questionIds", questions);
        recruiter.post("/app/assessments/" + application.id + "/interviews", form).then().statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = Interview.<Interview> find("application.id = ?1 order by id desc", application.id).firstResult();
            interview.interviewers.size();
            interview.questionIds.size();
            return interview;
        });
    }

    /** The role-play form for the application: every criterion 3, a doubt, these notes. */
    public static Map<String, Object> roleplayForm(Application application, String notes) {
        long scenario = QuarkusTransaction.requiringNew().call(() -> RoleplayScenario.<RoleplayScenario> listAll().get(0).id);
        Map<String, Object> form = new HashMap<>();
        form.put("applicationId", application.id);
        form.put("scenarioId", scenario);
        for (String criterion : List.of("tone", "wordChoice", "patience", "listening", "deEscalation", "solution")) {
            form.put(criterion, 3);
        }
        form.put("durationMinutes", 10);
        form.put("verdict", "DOUBT");
        form.put("notes", notes);
        return form;
    }
}
