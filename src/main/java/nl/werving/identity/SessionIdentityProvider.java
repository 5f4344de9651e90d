package nl.werving.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request with a login cookie: the cookie names the user, and the session token beside it must
 * still be a live session of that user. Otherwise both cookies are cleared and the request counts as
 * not logged in (a back-office page then sends the browser to the login page).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final LoginSessions sessions;
    private final SessionCookies cookies;

    public SessionIdentityProvider(LoginSessions sessions, SessionCookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String token = cookies.token(http.request());
        if (token == null) {
            cookies.clear(http.request());
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> sessions.resume(token, request.getPrincipal())
                .map(CurrentUser::identity)
                .orElseThrow(() -> {
                    cookies.clear(http.request());
                    return new AuthenticationFailedException();
                }));
    }
}
