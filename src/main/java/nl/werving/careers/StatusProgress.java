package nl.werving.careers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.careers.ApplicationProgress.Step;
import nl.werving.careers.ApplicationProgress.StepState;
import nl.werving.inbox.InboxConfig;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.Stage;
import nl.werving.web.Formats;
import nl.werving.web.WorkingDays;

/**
 * "Where am I?" for the candidate: per running application the vacancy's stages, the next one, and the day they hear
 * back, counted in working days from the day they entered the stage, as the home page counts who waits too long. Two
 * queries, whatever the number of applications.
 */
@ApplicationScoped
public class StatusProgress {

    private record Row(long applicationId, long vacancyId, long stageId, Instant enteredAt, String recruiterName,
            String recruiterEmail) {
    }

    private final CareersConfig careers;
    private final InboxConfig inbox;
    private final Clock clock;

    public StatusProgress(CareersConfig careers, InboxConfig inbox, Clock clock) {
        this.careers = careers;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The progress of each running application, with the stages named in the page's language where they have a name in it. */
    @Transactional
    public Map<Long, ApplicationProgress> of(long candidateId, Locale locale) {
        List<Object[]> rows = Application.getEntityManager().createQuery("""
                select a.id, v.id, a.stage.id, a.stageEnteredAt, r.displayName, r.email
                from Application a join a.vacancy v left join v.recruiter r
                where a.candidate.id = :candidate and a.status = :active""", Object[].class)
                .setParameter("candidate", candidateId).setParameter("active", ApplicationStatus.ACTIVE).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Row> running = rows.stream().map(r -> new Row((Long) r[0], (Long) r[1], (Long) r[2], (Instant) r[3], (String) r[4],
                (String) r[5])).toList();
        Map<Long, List<Stage>> stages = Stage.listForVacancies(running.stream().map(Row::vacancyId).distinct().toList());
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Map<Long, ApplicationProgress> progress = new HashMap<>();
        for (Row row : running) {
            progress.put(row.applicationId(), progress(row, stages.getOrDefault(row.vacancyId(), List.of()), today, locale));
        }
        return progress;
    }

    private ApplicationProgress progress(Row row, List<Stage> stages, LocalDate today, Locale locale) {
        List<Step> steps = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (stage.id.equals(row.stageId())) {
                current = i;
            }
            StepState state = current == -1 ? StepState.DONE : current == i ? StepState.CURRENT : StepState.TO_COME;
            steps.add(new Step(stage.nameIn(locale), state));
        }
        Stage now = current < 0 ? null : stages.get(current);
        String next = current >= 0 && current + 1 < stages.size() ? stages.get(current + 1).nameIn(locale) : null;
        int limit = now != null && now.timeLimitDays != null ? now.timeLimitDays : careers.responseDays();
        LocalDate entered = row.enteredAt().atZone(Formats.ZONE).toLocalDate();
        LocalDate hearBackBy = WorkingDays.plus(entered, limit);
        return new ApplicationProgress(row.applicationId(), steps, next, hearBackBy, hearBackBy.isBefore(today),
                firstName(row.recruiterName()), contact(row.recruiterEmail()));
    }

    /** The team's recruiting mailbox, where replies reach the candidate's profile; else the recruiter's work address. */
    private String contact(String recruiterEmail) {
        return inbox.address().filter(address -> address.indexOf('@') > 0)
                .orElse(recruiterEmail == null || recruiterEmail.isBlank() ? null : recruiterEmail);
    }

    private static String firstName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        String name = displayName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
