package nl.werving.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.elytron.security.common.BcryptUtil;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.FormFields;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Back-office users: the rules for creating, changing and deactivating them. */
@ApplicationScoped
public class UserService {

    private final Clock clock;
    private final CurrentUser currentUser;
    private final Event<AccountEvent> accountEvents;
    private final LoginSessions sessions;

    public UserService(Clock clock, CurrentUser currentUser, Event<AccountEvent> accountEvents, LoginSessions sessions) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.accountEvents = accountEvents;
        this.sessions = sessions;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AppUser> list() {
        return AppUser.listAllByName();
    }

    @RolesAllowed(Roles.ADMIN)
    public AppUser get(long id) {
        return AppUser.<AppUser> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /** Users who may be named on a vacancy in the given role. */
    public List<AppUser> activeWithRole(String role) {
        return AppUser.listActiveWithRole(role);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AppUser create(UserForm form) {
        AppUser user = register(form.username, form.displayName, form.email, new HashSet<>(form.roles), form.password);
        user.language = mailLanguage(form.language);
        accountEvents.fire(new AccountEvent(AccountEvent.Kind.USER_CREATED, user.id, "roles " + user.roles));
        return user;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AppUser update(long id, UserForm form) {
        AppUser user = get(id);
        ConcurrentEdits.requireVersion(user.version, form.version);
        Set<String> roles = knownRoles(new HashSet<>(form.roles));
        if (isSelf(user) && !roles.contains(Roles.ADMIN)) {
            throw new RuleViolation("own-admin-role", "An admin cannot take away their own admin role");
        }
        Set<String> rolesBefore = user.roleSet();
        user.displayName = form.displayName.strip();
        user.email = FormFields.blankToNull(form.email);
        user.language = mailLanguage(form.language);
        user.assignRoles(roles);
        boolean newPassword = form.password != null && !form.password.isBlank();
        if (newPassword) {
            user.passwordHash = BcryptUtil.bcryptHash(form.password);
        }
        if (newPassword || !rolesBefore.equals(user.roleSet())) {
            // Logins made with the old password or the old roles end; an admin changing their own keeps this one.
            sessions.endAll(user.id, isSelf(user) ? currentUser.getSessionId() : null);
        }
        accountEvents.fire(new AccountEvent(AccountEvent.Kind.USER_CHANGED, user.id,
                "roles " + user.roles + (newPassword ? ", new password" : "")));
        return user;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AppUser setActive(long id, boolean active) {
        AppUser user = get(id);
        if (!active && isSelf(user)) {
            throw new RuleViolation("deactivate-self", "An admin cannot deactivate their own account");
        }
        user.active = active;
        if (!active) {
            sessions.endAll(user.id, null);
        }
        accountEvents.fire(new AccountEvent(active ? AccountEvent.Kind.USER_ACTIVATED : AccountEvent.Kind.USER_DEACTIVATED, user.id, null));
        return user;
    }

    /** Creates a user without a caller: used for the first admin and for demo data. */
    @Transactional
    public AppUser register(String username, String displayName, String email, Set<String> roles, String password) {
        String name = username.strip().toLowerCase();
        if (AppUser.findByUsername(name).isPresent()) {
            throw new RuleViolation("username-taken", "User name is taken");
        }
        AppUser user = new AppUser();
        user.username = name;
        user.displayName = displayName.strip();
        user.email = FormFields.blankToNull(email);
        user.assignRoles(knownRoles(roles));
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.active = true;
        user.createdAt = Instant.now(clock);
        user.persist();
        return user;
    }

    public boolean hasUsers() {
        return AppUser.count() > 0;
    }

    private boolean isSelf(AppUser user) {
        return user.id.equals(currentUser.getId());
    }

    /** One of the languages Werving speaks, or {@code null} (Dutch). */
    private static String mailLanguage(String language) {
        return RequestLocale.supported(language).map(Locale::getLanguage).orElse(null);
    }

    private static Set<String> knownRoles(Set<String> roles) {
        Set<String> known = new HashSet<>(roles);
        known.retainAll(Roles.ALL);
        if (known.isEmpty()) {
            throw new RuleViolation("roles-required", "A user needs at least one role");
        }
        return known;
    }

}
