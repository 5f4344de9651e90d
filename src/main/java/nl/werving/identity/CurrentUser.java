package nl.werving.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Who is making this request, as services and templates need it: id for ownership checks,
 * name for the header, roles for navigation. The identity is built by the identity providers of
 * this package, from the database, on every request.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private static final String USER_ID = "werving.user-id";
    private static final String DISPLAY_NAME = "werving.display-name";
    private static final String SESSION_ID = "werving.session-id";

    private final SecurityIdentity identity;

    @Inject
    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    static SecurityIdentity identity(LoginSessions.LiveSession session) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.username()))
                .addRoles(session.roles())
                .addAttribute(USER_ID, session.userId())
                .addAttribute(DISPLAY_NAME, session.displayName());
        if (session.sessionId() != null) {
            builder.addAttribute(SESSION_ID, session.sessionId());
        }
        return builder.build();
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public Long getId() {
        return identity.getAttribute(USER_ID);
    }

    /** The server-side session of a form login; none for the API's Basic authentication. */
    Long getSessionId() {
        return identity.getAttribute(SESSION_ID);
    }

    public String getDisplayName() {
        String name = identity.getAttribute(DISPLAY_NAME);
        return name != null ? name : identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isRecruiter() {
        return identity.hasRole(Roles.RECRUITER);
    }

    public boolean isHiringManager() {
        return identity.hasRole(Roles.HIRING_MANAGER);
    }

    /** Recruiters and admins write vacancies and see all of them; hiring managers only their own. */
    public boolean canManageVacancies() {
        return isAdmin() || isRecruiter();
    }
}
