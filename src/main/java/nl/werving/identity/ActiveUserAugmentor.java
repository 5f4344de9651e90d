package nl.werving.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Runs on every authenticated request (the login cookie is re-checked each time): a deactivated
 * user is refused at once, and the identity learns the user's id and display name.
 */
@ApplicationScoped
public class ActiveUserAugmentor implements SecurityIdentityAugmentor {

    static final String USER_ID = "werving.user-id";
    static final String DISPLAY_NAME = "werving.display-name";

    @Inject
    UserService users;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            UserService.ActiveUser user = users.findActive(identity.getPrincipal().getName())
                    .orElseThrow(AuthenticationFailedException::new);
            return QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(USER_ID, user.id())
                    .addAttribute(DISPLAY_NAME, user.displayName())
                    .build();
        });
    }
}
