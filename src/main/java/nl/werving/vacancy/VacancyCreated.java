package nl.werving.vacancy;

/** Fired inside the transaction that creates a vacancy, so other features can set it up. */
public record VacancyCreated(long vacancyId) {
}
