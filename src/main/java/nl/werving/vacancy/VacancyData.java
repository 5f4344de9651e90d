package nl.werving.vacancy;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a recruiter writes about a vacancy, with its format rules: the API's request body and what the
 * back-office form turns into. Rules that need the database (who may be hiring manager) are the service's.
 */
public record VacancyData(
        @NotBlank(message = "{vacancy.title.required}") @Size(max = 120, message = "{werving.size.max}") String title,
        @Size(max = 120, message = "{werving.size.max}") String team,
        @NotBlank(message = "{vacancy.city.required}") @Size(max = 80, message = "{werving.size.max}") String city,
        @NotNull(message = "{werving.choose}") Country country,
        @NotNull(message = "{werving.choose}") WorkModel workModel,
        @NotNull(message = "{werving.choose}") ContractType contractType,
        @NotNull(message = "{vacancy.openings.required}") @Min(value = 1, message = "{werving.min}") @Max(value = 500, message = "{werving.max}") Integer openings,
        @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{vacancy.slug.pattern}") @Size(max = 80, message = "{werving.size.max}") String slug,
        @NotNull(message = "{vacancy.hours.required}") @Min(value = 1, message = "{werving.min}") @Max(value = 48, message = "{werving.max}") Integer hoursMin,
        @NotNull(message = "{vacancy.hours.required}") @Min(value = 1, message = "{werving.min}") @Max(value = 48, message = "{werving.max}") Integer hoursMax,
        boolean shiftWork,
        boolean eveningWork,
        boolean weekendWork,
        @Size(max = 500, message = "{werving.size.max}") String scheduleNote,
        LanguageLevel languageNl,
        LanguageLevel languageFr,
        LanguageLevel languageEn,
        @Size(max = 1000, message = "{werving.size.max}") String intro,
        @Size(max = LONG_TEXT, message = "{werving.size.max}") String tasks,
        @Size(max = LONG_TEXT, message = "{werving.size.max}") String mustHaves,
        @Size(max = LONG_TEXT, message = "{werving.size.max}") String niceToHaves,
        @Size(max = LONG_TEXT, message = "{werving.size.max}") String systemsUsed,
        @Size(max = LONG_TEXT, message = "{werving.size.max}") String teamAndCulture,
        @Size(max = LONG_TEXT, message = "{werving.size.max}") String dayInTheLife,
        @Min(value = 0, message = "{werving.min}") @Max(value = 100000, message = "{werving.max}") Integer salaryMin,
        @Min(value = 0, message = "{werving.min}") @Max(value = 100000, message = "{werving.max}") Integer salaryMax,
        LocalDate closingDate,
        Long hiringManagerId,
        Long recruiterId,
        /* The version the change was based on; a save over a newer version is a conflict. Not needed to create. */
        Long version,
        /* Applying without a CV; null leaves it as it was (a CV is required for a new vacancy). */
        Boolean cvOptional) {

    static final int LONG_TEXT = 4000;

    @JsonIgnore
    @AssertTrue(message = "{vacancy.hours.range}")
    public boolean isHoursRange() {
        return hoursMin == null || hoursMax == null || hoursMin <= hoursMax;
    }

    @JsonIgnore
    @AssertTrue(message = "{vacancy.salary.range}")
    public boolean isSalaryRange() {
        return salaryMin == null || salaryMax == null || salaryMin <= salaryMax;
    }
}
