package nl.werving.vacancy;

/** A vacancy as a filter offers it: its id, title, team and place. */
public record VacancyChoice(long id, String title, String team, String city) {
}
