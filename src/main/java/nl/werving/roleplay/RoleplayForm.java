package nl.werving.roleplay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** A role-play result as the assessor enters it: scenario, the six criteria, duration, verdict, notes. */
public class RoleplayForm {

    public static final int NOTES_MAX = 4000;

    @RestForm
    @NotNull(message = "{roleplay.scenario.required}")
    public Long scenarioId;

    @RestForm
    @Rating
    public Integer tone;

    @RestForm
    @Rating
    public Integer wordChoice;

    @RestForm
    @Rating
    public Integer patience;

    @RestForm
    @Rating
    public Integer listening;

    @RestForm
    @Rating
    public Integer deEscalation;

    @RestForm
    @Rating
    public Integer solution;

    @RestForm
    @NotNull(message = "{roleplay.duration.range}")
    @Min(value = 1, message = "{roleplay.duration.range}")
    @Max(value = 120, message = "{roleplay.duration.range}")
    public Integer durationMinutes;

    @RestForm
    @NotNull(message = "{roleplay.verdict.required}")
    public Verdict verdict;

    @RestForm
    @Size(max = NOTES_MAX, message = "{roleplay.notes.size}")
    public String notes;

    public static RoleplayForm empty() {
        RoleplayForm form = new RoleplayForm();
        form.durationMinutes = 10;
        return form;
    }
}
