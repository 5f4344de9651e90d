package nl.werving.home;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled.SkipPredicate;
import io.quarkus.scheduler.ScheduledExecution;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.web.WervingConfig;

/**
 * The daily digest: one mail per user who asked for it, with the counts of their home page's sections and a link to each.
 * It names no candidate, so it holds no personal data and is not part of any candidate's aggregate.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(String name, Home home, String baseUrl, String company);
    }

    private final HomeService homes;
    private final Outbox outbox;
    private final WervingConfig config;
    private final Clock clock;

    public DigestService(HomeService homes, Outbox outbox, WervingConfig config, Clock clock) {
        this.homes = homes;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public boolean isOn(long userId) {
        return HomeDigest.isOn(userId);
    }

    @Transactional
    public void subscribe(long userId, boolean on) {
        HomeDigest current = HomeDigest.findById(userId);
        if (on) {
            HomeDigest digest = current != null ? current : new HomeDigest();
            digest.userId = userId;
            digest.subscribedAt = Instant.now(clock);
            digest.persist();
        } else if (current != null) {
            current.delete();
        }
    }

    @Scheduled(identity = "home-digest", cron = "${werving.home.digest-cron}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = DigestSwitch.class)
    void daily() {
        LOG.infof("Daily digests queued: %d", sendAll());
    }

    /** Queues today's digest for every user who asked for it; returns how many. */
    @Transactional
    public int sendAll() {
        List<AppUser> users = HomeDigest.subscribers();
        for (AppUser user : users) {
            // Each colleague in the language they chose for Werving's mails.
            Locale locale = user.mailLocale();
            HomeMessages messages = MessageBundles.get(HomeMessages.class, Localized.Literal.of(locale.toLanguageTag()));
            Home home = homes.of(new Viewer(user.id, user.hasRole(Roles.ADMIN), user.hasRole(Roles.RECRUITER)));
            Bodies bodies = MailTemplates.render(() -> Templates.digest(user.displayName, home, config.baseUrl(), config.companyName()),
                    locale);
            outbox.enqueue(new Outbox.Mail("home-digest", user.email, messages.digestSubject(home.total()), bodies.html(),
                    bodies.text(), null));
        }
        return users.size();
    }

    /** Lets a deployment, or the tests that send the digest themselves, switch the schedule off. */
    @Singleton
    public static class DigestSwitch implements SkipPredicate {

        private final HomeConfig config;

        public DigestSwitch(HomeConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.digestEnabled();
        }
    }
}
