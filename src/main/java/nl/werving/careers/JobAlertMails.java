package nl.werving.careers;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.web.WervingConfig;

/** The job-alert mails, in the subscriber's language; each carries its own one-click unsubscribe link. */
@ApplicationScoped
public class JobAlertMails {

    static final String CONFIRM = "job-alert-confirm";
    static final String ALERT = "job-alert";
    static final List<String> KINDS = List.of(CONFIRM, ALERT);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String confirmUrl, String unsubscribeUrl, int expiryDays, String company);

        static native TemplateInstance alert(List<PublicJob> jobs, String baseUrl, String unsubscribeUrl, String company);
    }

    private final WervingConfig config;

    public JobAlertMails(WervingConfig config) {
        this.config = config;
    }

    Outbox.Mail confirm(JobAlert alert, String confirmToken, String unsubscribeToken, int expiryDays) {
        Locale locale = Locale.forLanguageTag(alert.language);
        Bodies bodies = MailTemplates.render(() -> Templates.confirm(config.baseUrl() + "/jobs/alerts/confirm/" + confirmToken,
                unsubscribeUrl(unsubscribeToken), expiryDays, config.companyName()), locale);
        return new Outbox.Mail(CONFIRM, alert.email, messages(locale).alertConfirmSubject(config.companyName()), bodies.html(),
                bodies.text(), null);
    }

    Outbox.Mail alert(JobAlert alert, List<PublicJob> jobs, String unsubscribeToken) {
        Locale locale = Locale.forLanguageTag(alert.language);
        Bodies bodies = MailTemplates.render(() -> Templates.alert(jobs, config.baseUrl(), unsubscribeUrl(unsubscribeToken),
                config.companyName()), locale);
        return new Outbox.Mail(ALERT, alert.email, messages(locale).alertSubject(jobs.size(), config.companyName()), bodies.html(),
                bodies.text(), null);
    }

    private String unsubscribeUrl(String token) {
        return config.baseUrl() + "/jobs/alerts/unsubscribe/" + token;
    }

    private static CareersMessages messages(Locale locale) {
        return MessageBundles.get(CareersMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
