package nl.werving.vacancy;

import java.util.List;

import nl.werving.web.RuleViolation;

/** Publishing was refused; each problem says what is missing from the ad. */
public class VacancyNotPublishable extends RuleViolation {

    /** What an ad needs before candidates may see it. */
    public enum Problem {
        /** EU pay transparency directive 2023/970: a salary range before publishing. */
        SALARY_RANGE_MISSING,
        HOURS_MISSING,
        TASKS_MISSING,
        MUST_HAVES_MISSING,
        CLOSING_DATE_PASSED
    }

    private final List<Problem> problems;

    public VacancyNotPublishable(List<Problem> problems) {
        super("not-publishable", "Vacancy cannot be published: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
