package nl.werving.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import nl.werving.web.ClientAddress;
import nl.werving.web.RequestOrigin;

/**
 * A user name and password, from the login form or from HTTP Basic on the API. A form login also starts
 * a server-side session whose token goes to the browser beside Quarkus' login cookie.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginAttempts attempts;
    private final LoginSessions sessions;
    private final ClientAddress clientAddress;
    private final RequestOrigin requestOrigin;
    private final SessionCookies cookies;

    public PasswordIdentityProvider(LoginAttempts attempts, LoginSessions sessions, ClientAddress clientAddress,
            RequestOrigin requestOrigin, SessionCookies cookies) {
        this.attempts = attempts;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
        this.requestOrigin = requestOrigin;
        this.cookies = cookies;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean formLogin = http != null && http.get(HttpAuthenticationMechanism.class.getName()) instanceof FormAuthenticationMechanism;
        if (formLogin && !requestOrigin.isOwnSite(http.request())) {
            // A login form posted from another site would sign the victim in to the attacker's account.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String address = http == null ? "unknown" : clientAddress.of(http.request());
        String knownBrowser = formLogin ? cookies.knownBrowser(http.request()) : null;
        return context.runBlocking(() -> {
            AppUser user;
            try {
                user = attempts.verify(request.getUsername(), new String(request.getPassword().getPassword()), address,
                        knownBrowser)
                        .orElseThrow(AuthenticationFailedException::new);
            } catch (LoginAttempts.Blocked blocked) {
                if (formLogin) {
                    cookies.tellLoginWait(http.request(), blocked.getWait());
                }
                throw new AuthenticationFailedException();
            }
            Long sessionId = null;
            if (formLogin) {
                LoginSessions.Started started = sessions.start(user.id);
                cookies.give(http, started.token());
                cookies.rememberBrowser(http.request(), attempts.proofOfLogin(user.username));
                sessionId = started.sessionId();
            }
            return CurrentUser.identity(new LoginSessions.LiveSession(sessionId, user.id, user.username, user.displayName,
                    user.roleSet()));
        });
    }
}
