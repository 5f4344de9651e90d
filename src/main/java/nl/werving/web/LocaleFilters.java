package nl.werving.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * Makes the request's language the one everything else sees: validation messages read
 * Accept-Language, templates read their locale attribute.
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

    /** Runs before Qute renders the template (response filters run from high to low priority). */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void localiseTemplate(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance template
                && template.getAttribute(TemplateInstance.LOCALE) == null) {
            template.setLocale(requestLocale.get());
        }
    }
}
