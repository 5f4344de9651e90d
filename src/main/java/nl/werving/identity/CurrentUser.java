package nl.werving.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is making this request, as services and templates need it: id for ownership checks,
 * name for the header, roles for navigation. Filled by {@link ActiveUserAugmentor}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    @Inject
    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public Long getId() {
        return identity.getAttribute(ActiveUserAugmentor.USER_ID);
    }

    public String getDisplayName() {
        String name = identity.getAttribute(ActiveUserAugmentor.DISPLAY_NAME);
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
