package nl.werving.interview;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.web.Formats;

/** Planning an interview: when, how long, where (a room, a video link or both), with whom, and which questions. */
public class InterviewForm {

    @RestForm
    @NotNull(message = "{interview.date.required}")
    public LocalDate date;

    @RestForm
    @NotNull(message = "{interview.time.required}")
    public LocalTime time;

    @RestForm
    @NotNull(message = "{interview.duration.range}")
    @Min(value = 15, message = "{interview.duration.range}")
    @Max(value = 480, message = "{interview.duration.range}")
    public Integer durationMinutes;

    @RestForm
    @Size(max = 200, message = "{interview.location.size}")
    public String location;

    @RestForm
    @Size(max = 500, message = "{interview.videoUrl.invalid}")
    @Pattern(regexp = "^$|https://\\S+", message = "{interview.videoUrl.invalid}")
    public String videoUrl;

    @RestForm
    @NotEmpty(message = "{interview.interviewers.required}")
    public List<Long> interviewerIds = new ArrayList<>();

    @RestForm
    @NotNull(message = "{interview.kind.required}")
    public InterviewKind kind;

    @RestForm
    @Size(min = InterviewKind.FEWEST, max = InterviewKind.MOST, message = "{interview.questions.count}")
    public List<Long> questionIds = new ArrayList<>();

    @RestForm
    public Long version;

    /** {@code defaults}: not saved, the form comes back with the questions for the chosen kind ticked. */
    @RestForm
    public String intent;

    public static InterviewForm next() {
        InterviewForm form = new InterviewForm();
        form.durationMinutes = 45;
        form.kind = InterviewKind.FINAL;
        return form;
    }

    public static InterviewForm of(Interview interview) {
        InterviewForm form = new InterviewForm();
        ZonedDateTime local = interview.startsAt.atZone(Formats.ZONE);
        form.date = local.toLocalDate();
        form.time = local.toLocalTime();
        form.durationMinutes = interview.durationMinutes;
        form.location = interview.location;
        form.videoUrl = interview.videoUrl;
        form.interviewerIds = interview.interviewers.stream().map(user -> user.id).toList();
        form.kind = interview.kind;
        form.questionIds = new ArrayList<>(interview.questionIds);
        form.version = interview.version;
        return form;
    }

    public boolean wantsDefaults() {
        return "defaults".equals(intent);
    }

    public boolean hasQuestion(Long questionId) {
        return questionIds != null && questionIds.contains(questionId);
    }

    public boolean hasInterviewer(Long userId) {
        return interviewerIds != null && interviewerIds.contains(userId);
    }
}
