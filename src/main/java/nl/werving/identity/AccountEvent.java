package nl.werving.identity;

/**
 * Something that happened to an account: a login, a failed login, a logout, a user created or changed. Fired
 * synchronously inside the transaction of what happened, so the audit log, which observes it, saves its line together
 * with the change or not at all; identity itself knows nothing of the audit log.
 *
 * @param userId the account, {@code null} when a failed login named no known account
 * @param detail codes only, never a password or a typed user name
 */
public record AccountEvent(Kind kind, Long userId, String detail) {

    public enum Kind {
        /** The account logged in; it is its own actor. */
        LOGIN,
        /** Someone failed to log in; who it was is unknown. */
        LOGIN_FAILED,
        /** The account logged out; it is its own actor. */
        LOGOUT,
        /** The kinds below are done by the logged-in admin. */
        USER_CREATED,
        USER_CHANGED,
        USER_ACTIVATED,
        USER_DEACTIVATED
    }
}
