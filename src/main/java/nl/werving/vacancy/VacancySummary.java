package nl.werving.vacancy;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the back-office vacancy list. */
public record VacancySummary(long id, String title, String slug, VacancyStatus status, String team, String city,
        Country country, ContractType contractType, Integer hoursMin, Integer hoursMax, Integer salaryMin,
        Integer salaryMax, LocalDate closingDate, String hiringManagerName, String recruiterName, Instant updatedAt) {
}
