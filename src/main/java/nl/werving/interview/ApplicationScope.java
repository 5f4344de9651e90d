package nl.werving.interview;

import java.util.Collection;

/**
 * The applications a summary query covers: a few by id (a profile), or all of one vacancy (a board, with one query
 * parameter however many cards it shows, where 650 ids would be 650 parameters to bind).
 */
record ApplicationScope(String condition, Object value) {

    static ApplicationScope ids(Collection<Long> applicationIds) {
        return new ApplicationScope("%s.id in :scope", applicationIds);
    }

    static ApplicationScope vacancy(long vacancyId) {
        return new ApplicationScope("%s.vacancy.id = :scope", vacancyId);
    }

    /** The condition on an application path of the query, with the parameter {@code :scope}. */
    String on(String application) {
        return condition.formatted(application);
    }
}
