package nl.werving.vacancy;

/** Filters of the back-office vacancy list; {@code hiringManagerId} limits it to one manager's own. */
public record VacancyQuery(VacancyStatus status, String text, Long hiringManagerId, int page) {
}
