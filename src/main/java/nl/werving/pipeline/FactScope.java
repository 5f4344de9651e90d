package nl.werving.pipeline;

import java.time.Instant;

import nl.werving.web.Filters;

/**
 * Which anonymous facts a report reads: a period (from inclusive, to exclusive) and, each optional, one vacancy, a
 * team, a location and the vacancies of one hiring manager. Reports of every feature take the same scope, so a page
 * filtered once shows one consistent picture.
 */
public record FactScope(Instant from, Instant to, Long vacancyId, String team, String city, Long hiringManagerId) {

    /**
     * The conditions on the vacancy (SQL alias {@code v}) and on one time column of the fact, for native SQL: the facts
     * are counted in the database, where a report's statement count stays the same however many rows it reads.
     */
    public Filters where(String timeColumn) {
        return inPeriod(vacancies(), timeColumn);
    }

    /** The conditions on the vacancy (SQL alias {@code v}) alone. */
    public Filters vacancies() {
        return new Filters()
                .optional("v.id = :scopeVacancy", "scopeVacancy", vacancyId)
                .optional("v.team = :scopeTeam", "scopeTeam", team)
                .optional("v.city = :scopeCity", "scopeCity", city)
                .optional("v.hiring_manager_id = :scopeManager", "scopeManager", hiringManagerId);
    }

    /** Adds the period's conditions on one time column. */
    public Filters inPeriod(Filters filters, String timeColumn) {
        return filters.require(timeColumn + " >= :scopeFrom", "scopeFrom", from)
                .require(timeColumn + " < :scopeTo", "scopeTo", to);
    }
}
