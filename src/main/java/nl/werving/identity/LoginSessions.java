package nl.werving.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.web.Tokens;

/**
 * Logins kept on the server. A login cookie alone proves nothing: each request must also carry a
 * session token whose row still exists, so logging out, a new password, other roles and deactivation
 * end a login at once, on every instance, even for a copied cookie.
 */
@ApplicationScoped
public class LoginSessions {

    /** What a request needs to know of the person behind a live session. */
    public record LiveSession(Long sessionId, long userId, String username, String displayName, Set<String> roles) {
    }

    /** A new session: its number, and the token only the browser keeps. */
    public record Started(long sessionId, String token) {
    }

    /** The session's last use is written at most this often, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final Event<AccountEvent> accountEvents;
    private final LoginConfig config;
    private final Duration idleTimeout;

    public LoginSessions(Clock clock, Event<AccountEvent> accountEvents, LoginConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout) {
        this.clock = clock;
        this.accountEvents = accountEvents;
        this.config = config;
        this.idleTimeout = idleTimeout;
    }

    /** Starts a session after a successful form login; the token goes to the browser, only its hash is kept. */
    @Transactional
    public Started start(long userId) {
        String token = Tokens.newToken();
        Instant now = Instant.now(clock);
        LoginSession session = new LoginSession();
        session.tokenHash = Tokens.hash(token);
        session.user = AppUser.getEntityManager().getReference(AppUser.class, userId);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        accountEvents.fire(new AccountEvent(AccountEvent.Kind.LOGIN, userId, null));
        return new Started(session.id, token);
    }

    /** The live session behind a token, if it belongs to this active user and has neither idled out nor grown too old. */
    @Transactional
    public Optional<LiveSession> resume(String token, String username) {
        Instant now = Instant.now(clock);
        return Tokens.lookupHash(token).flatMap(LoginSession::findWithUser)
                .filter(session -> session.user.active && session.user.username.equals(username))
                .filter(session -> session.lastSeenAt.isAfter(now.minus(idleTimeout))
                        && session.createdAt.isAfter(now.minus(config.sessionLifetime())))
                .map(session -> {
                    if (session.lastSeenAt.isBefore(now.minus(TOUCH_INTERVAL))) {
                        session.lastSeenAt = now;
                    }
                    AppUser user = session.user;
                    return new LiveSession(session.id, user.id, user.username, user.displayName, user.roleSet());
                });
    }

    /** Ends this login for good: the saved cookie no longer opens anything. */
    @Transactional
    public void logOut(long userId, Long sessionId) {
        if (sessionId != null) {
            LoginSession.deleteById(sessionId);
        }
        accountEvents.fire(new AccountEvent(AccountEvent.Kind.LOGOUT, userId, null));
    }

    /** Ends every login of a user but {@code keep} (if any): after a new password, other roles or deactivation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAll(long userId, Long keep) {
        LoginSession.deleteOfUser(userId, keep == null ? -1 : keep);
    }

    @Scheduled(identity = "login-sessions-cleanup", every = "1h", concurrentExecution = ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        Instant now = Instant.now(clock);
        LoginSession.deleteExpired(now.minus(idleTimeout), now.minus(config.sessionLifetime()));
    }
}
