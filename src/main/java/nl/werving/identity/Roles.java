package nl.werving.identity;

import java.util.List;

/** The roles of back-office users, as used in {@code @RolesAllowed} and stored on {@link AppUser}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String RECRUITER = "recruiter";
    public static final String HIRING_MANAGER = "hiring_manager";

    public static final List<String> ALL = List.of(ADMIN, RECRUITER, HIRING_MANAGER);

    private Roles() {
    }
}
