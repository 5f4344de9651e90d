package nl.werving.vacancy;

/** Fired when a vacancy is created, changed or changes status, so copies of public pages can be dropped. */
public record VacancyChanged(long vacancyId) {
}
