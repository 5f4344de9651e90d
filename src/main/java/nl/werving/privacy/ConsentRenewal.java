package nl.werving.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.CandidateToken;
import nl.werving.candidate.ConsentRecord;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.Outbox;
import nl.werving.personaldata.Retention;
import nl.werving.web.WervingConfig;

/**
 * Asks candidates in the talent pool, a month before their consent runs out, whether they want to stay: a mail with a
 * link to a page where one click renews or withdraws. Without an answer the consent runs out and the purge follows.
 */
@ApplicationScoped
public class ConsentRenewal {

    /** The question goes out this long before the consent expires. */
    static final Duration NOTICE = Duration.ofDays(30);
    static final Duration LINK_LIFETIME = Duration.ofDays(45);
    static final String TEXT_VERSION = "talentpool-verlenging-2026-11";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance renewal(String name, String link, String expires, int months, String company);
    }

    private final CandidateService candidates;
    private final Outbox outbox;
    private final WervingConfig config;
    private final Retention retention;
    private final AuditLog audit;
    private final Clock clock;

    public ConsentRenewal(CandidateService candidates, Outbox outbox, WervingConfig config, Retention retention, AuditLog audit,
            Clock clock) {
        this.candidates = candidates;
        this.outbox = outbox;
        this.config = config;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the renewal question for every valid consent that expires within the notice, once. Returns how many. */
    @Transactional
    public int askDue() {
        Instant now = Instant.now(clock);
        Instant expiresBefore = now.plus(NOTICE);
        int months = retention.talentPoolMonths();
        List<ConsentRecord> due = ConsentRecord.lockDueForRenewal(givenBefore(now, months), givenBefore(expiresBefore, months));
        for (ConsentRecord consent : due) {
            Candidate candidate = consent.candidate;
            String token = candidates.issueToken(candidate, CandidateToken.Purpose.CONSENT, LINK_LIFETIME);
            Locale locale = candidate.preferredLocale();
            Instant expires = consent.givenAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
            Bodies bodies = MailTemplates.render(() -> Templates.renewal(candidate.fullName(), config.baseUrl() + "/consent/" + token,
                    expires.toString().substring(0, 10), months, config.companyName()), locale);
            PrivacyMessages messages = MessageBundles.get(PrivacyMessages.class, Localized.Literal.of(locale.getLanguage()));
            outbox.enqueue(new Outbox.Mail("consent-renewal", candidate.email(), messages.renewalSubject(config.companyName()),
                    bodies.html(), bodies.text(), candidate.id));
            consent.renewalRequestedAt = now;
        }
        return due.size();
    }

    /** The candidate behind a renewal link; 404 for anything else. */
    public long candidate(String token) {
        return candidates.candidateForToken(token, CandidateToken.Purpose.CONSENT).orElseThrow(NotFoundException::new);
    }

    /** One more term in the talent pool, recorded as a new consent beside the old one. */
    @Transactional
    public void renew(String token) {
        Candidate candidate = Candidate.findById(candidate(token));
        ConsentRecord renewed = new ConsentRecord();
        renewed.candidate = candidate;
        renewed.purpose = ConsentRecord.Purpose.TALENT_POOL;
        renewed.textVersion = TEXT_VERSION;
        renewed.channel = ConsentRecord.Channel.RENEWAL_MAIL;
        renewed.givenAt = Instant.now(clock);
        renewed.renewalRequestedAt = null;
        renewed.persist();
    }

    /** Out of the talent pool: the data goes with the next purge once no procedure keeps it. */
    @Transactional
    public void withdraw(String token) {
        long candidateId = candidate(token);
        Instant now = Instant.now(clock);
        ConsentRecord.openTalentPool(candidateId).forEach(consent -> consent.withdrawnAt = now);
        audit.record(AuditAction.CONSENT_WITHDRAWN, AuditLog.CANDIDATE, candidateId);
    }

    private static Instant givenBefore(Instant moment, int months) {
        return moment.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
