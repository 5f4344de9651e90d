package nl.werving.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Makes the request's language the one everything else sees: validation messages read
 * Accept-Language (templates get it from {@link RequestLanguageTemplates}).
 */
public class LocaleFilters {

    @Inject
    RequestLocale requestLocale;

    @ServerRequestFilter(preMatching = true)
    public void useChosenLanguage(ContainerRequestContext request, HttpServerRequest vertxRequest) {
        String language = requestLocale.get().toLanguageTag();
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
        // Hibernate Validator reads the header from the underlying request
        vertxRequest.headers().set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
}
