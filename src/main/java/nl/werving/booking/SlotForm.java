package nl.werving.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * Publishing slots in one go: one or more start times on a day, repeated on the following working days, so a week of
 * twenty role-plays is one form ("09:00 10:00 11:00 14:00" for 5 days).
 */
public class SlotForm {

    public static final int MOST_SLOTS = 100;

    @RestForm
    @NotNull(message = "{booking.kind.required}")
    public SlotKind kind;

    @RestForm
    @NotNull(message = "{booking.stage.required}")
    public Long stageId;

    @RestForm
    @NotNull(message = "{booking.date.required}")
    public LocalDate date;

    @RestForm
    @NotBlank(message = "{booking.times.invalid}")
    @Size(max = 300, message = "{booking.times.invalid}")
    public String times;

    @RestForm
    @NotNull(message = "{booking.days.range}")
    @Min(value = 1, message = "{booking.days.range}")
    @Max(value = 10, message = "{booking.days.range}")
    public Integer days;

    @RestForm
    @NotNull(message = "{booking.duration.range}")
    @Min(value = 10, message = "{booking.duration.range}")
    @Max(value = 480, message = "{booking.duration.range}")
    public Integer durationMinutes;

    @RestForm
    @NotNull(message = "{booking.capacity.range}")
    @Min(value = 1, message = "{booking.capacity.range}")
    @Max(value = 50, message = "{booking.capacity.range}")
    public Integer capacity;

    @RestForm
    @Size(max = 200, message = "{booking.location.size}")
    public String location;

    @RestForm
    @Size(max = 500, message = "{booking.videoUrl.invalid}")
    @Pattern(regexp = "^$|https://\\S+", message = "{booking.videoUrl.invalid}")
    public String videoUrl;

    @RestForm
    @Size(max = 100, message = "{booking.room.size}")
    public String room;

    @RestForm
    public List<Long> interviewerIds = new ArrayList<>();

    public static SlotForm next(LocalDate tomorrow) {
        SlotForm form = new SlotForm();
        form.kind = SlotKind.ROLE_PLAY;
        form.date = tomorrow;
        form.days = 1;
        form.durationMinutes = SlotKind.ROLE_PLAY.defaultMinutes;
        form.capacity = SlotKind.ROLE_PLAY.defaultCapacity;
        return form;
    }

    /** The start times, sorted and without repeats; empty when one cannot be read ("25:00", "ochtend"); "9.30" and "9u30" read as 09:30. */
    public Optional<List<LocalTime>> startTimes() {
        if (times == null || times.isBlank()) {
            return Optional.empty();
        }
        TreeSet<LocalTime> parsed = new TreeSet<>();
        for (String part : times.strip().split("[\\s,;]+")) {
            String normal = part.replace('.', ':').replace('u', ':');
            if (normal.matches("\\d:\\d\\d")) {
                normal = "0" + normal;
            }
            try {
                parsed.add(LocalTime.parse(normal));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(parsed));
    }

    public boolean hasInterviewer(Long userId) {
        return interviewerIds != null && interviewerIds.contains(userId);
    }
}
