package nl.werving.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.identity.AppUser;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.pipeline.Application;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** Plans interviews the way a recruiter does, through the form. */
public final class TestInterviews {

    private TestInterviews() {
    }

    public static Map<String, Object> interviewForm(LocalDate date, String time, String location, String videoUrl,
            List<Long> interviewers, Long version) {
        Map<String, Object> form = new HashMap<>();
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

    /** An interview three days from now at 10:00 in a room, with these interviewers. */
    public static Interview plan(WebSession recruiter, Application application, List<AppUser> interviewers) {
        recruiter.post("/app/assessments/" + application.id + "/interviews", interviewForm(inDays(3), "10:00", "Kantoor Utrecht, zaal Dom",
                "", interviewers.stream().map(user -> user.id).toList(), null)).then().statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = Interview.<Interview> find("application.id = ?1 order by id desc", application.id).firstResult();
            interview.interviewers.size();
            return interview;
        });
    }
}
