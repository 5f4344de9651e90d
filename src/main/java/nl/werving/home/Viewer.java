package nl.werving.home;

import nl.werving.identity.CurrentUser;

/**
 * Whose home page (or digest) is built: recruiters and admins see every vacancy, a hiring manager only their own; admins
 * also see the mails that failed.
 */
public record Viewer(long userId, boolean admin, boolean recruiter) {

    public static Viewer of(CurrentUser user) {
        return new Viewer(user.getId(), user.isAdmin(), user.isRecruiter());
    }

    /** Recruiters and admins: all vacancies, and the data requests. */
    public boolean seesAllVacancies() {
        return admin || recruiter;
    }

    /** The vacancies' hiring manager to limit to, or {@code null} for all vacancies. */
    Long ownVacanciesOf() {
        return seesAllVacancies() ? null : userId;
    }
}
