package nl.werving.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Every template made while a request is answered speaks the request's language: amounts and dates ({@link Formats})
 * and the message bundles read the instance's locale. A template for someone else, such as a mail to a candidate, sets
 * its own afterwards. A response filter would come too late: the REST layer renders a returned template before the
 * response filters run.
 */
@Singleton
public class RequestLanguageTemplates implements TemplateInstance.Initializer {

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    RequestLocale requestLocale;

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive() && currentRequest.getCurrent() != null) {
            instance.setLocale(requestLocale.get());
        }
    }
}
