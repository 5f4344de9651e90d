package nl.werving.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.candidate.Candidate;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationEnded;
import nl.werving.web.Formats;
import nl.werving.web.Tokens;

/**
 * The candidate experience survey from invitation to answer. An ended application gets an invitation in the same
 * transaction (so it cannot be lost); a job mails it after the configured delay through the outbox; the answer is
 * stored without the person and the invitation deleted in one transaction, so each link gives one answer.
 */
@ApplicationScoped
public class SurveyInvitations {

    /** Invitations mailed per run of the job: a mass rejection is spread over runs rather than one long transaction. */
    static final int BATCH = 200;

    /** What the survey page shows about the invitation; nothing about the person. */
    public record Invitation(String vacancyTitle, String language, Instant validUntil) {
    }

    private final SurveyConfig config;
    private final SurveyMails mails;
    private final Outbox outbox;
    private final Clock clock;

    public SurveyInvitations(SurveyConfig config, SurveyMails mails, Outbox outbox, Clock clock) {
        this.config = config;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Rejected, withdrawn or hired: one invitation per application, unless the person is gone already. */
    void onApplicationEnded(@Observes ApplicationEnded ended) {
        if (!config.enabled()) {
            return;
        }
        Application application = Application.findById(ended.applicationId());
        if (application == null || application.candidate == null || SurveyInvitation.existsFor(application.id)) {
            return;
        }
        Instant now = Instant.now(clock);
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.candidate = application.candidate;
        invitation.application = application;
        invitation.language = application.candidate.locale == null ? "nl" : application.candidate.locale;
        invitation.createdAt = now;
        invitation.sendAfter = now.plus(config.delay());
        invitation.persist();
    }

    /**
     * Mails the invitations whose delay has passed, each with a new link. An application taken up again since (an undo)
     * gets none, nor does a candidate without an e-mail address. Returns how many were mailed.
     */
    @Transactional
    public int sendDue() {
        if (!config.enabled()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        List<SurveyInvitation> due = SurveyInvitation.lockDue(now, BATCH);
        int sent = 0;
        for (SurveyInvitation invitation : due) {
            Application application = invitation.application;
            Candidate candidate = invitation.candidate;
            if (!application.status.isEnded() || candidate.email() == null || candidate.email().isBlank()) {
                invitation.delete();
                continue;
            }
            String token = Tokens.newToken();
            invitation.tokenHash = Tokens.hash(token);
            invitation.sentAt = now;
            invitation.expiresAt = now.plus(config.linkLifetime());
            String title = application.vacancy.titleIn(Locale.forLanguageTag(invitation.language));
            outbox.enqueue(mails.invitation(candidate, title, invitation.language, token, invitation.expiresAt));
            sent++;
        }
        return sent;
    }

    /** The invitation behind a link: 404 for what cannot be a link of ours, {@link SurveyGone} for one that opens nothing. */
    @Transactional
    public Invitation open(String token) {
        SurveyInvitation invitation = valid(token);
        return new Invitation(invitation.application.vacancy.titleIn(Locale.forLanguageTag(invitation.language)),
                invitation.language, invitation.expiresAt);
    }

    /**
     * Stores the answers without the person and deletes the invitation, in one transaction. Of two submits at once only
     * the one whose delete removed the row stores anything; the other is told the link was used.
     */
    @Transactional
    public void answer(String token, SurveyForm.Answers answers) {
        SurveyInvitation invitation = valid(token);
        Application application = invitation.application;
        if (!application.status.isEnded()) {
            throw new SurveyGone(false); // taken up again since the mail: there is nothing to look back on yet
        }
        SurveyResponse response = SurveyResponse.of(application.vacancy, application.status, LocalDate.now(clock.withZone(Formats.ZONE)),
                answers.nps(), answers.clarity(), answers.speed(), answers.respect(), answers.comment());
        if (SurveyInvitation.deleteOnce(invitation.id) != 1) {
            throw new SurveyGone(false);
        }
        response.persist();
    }

    private SurveyInvitation valid(String token) {
        String hash = Tokens.lookupHash(token).orElseThrow(NotFoundException::new);
        SurveyInvitation invitation = SurveyInvitation.findByTokenHash(hash).orElseThrow(() -> new SurveyGone(false));
        if (!invitation.expiresAt.isAfter(Instant.now(clock))) {
            throw new SurveyGone(true);
        }
        return invitation;
    }
}
