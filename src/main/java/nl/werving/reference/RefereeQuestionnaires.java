package nl.werving.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.mail.Outbox;
import nl.werving.web.Tokens;

/**
 * The referee's side: a single-use, expiring link to a short questionnaire, answered or declined, and one reminder
 * when it lies untouched. A decline keeps nothing but the decline.
 */
@ApplicationScoped
public class RefereeQuestionnaires {

    /** What the referee sees: who asked, for which job, and until when. */
    public record Invitation(String refereeName, String candidateName, String vacancyTitle, Instant validUntil) {
    }

    private final ReferenceMails mails;
    private final ReferenceTexts texts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ReferenceConfig config;
    private final Clock clock;

    public RefereeQuestionnaires(ReferenceMails mails, ReferenceTexts texts, Outbox outbox, AuditLog audit, ReferenceConfig config,
            Clock clock) {
        this.mails = mails;
        this.texts = texts;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** The invitation behind a link; 404 for a link that never existed, {@link LinkGone} for one that no longer works. */
    @Transactional
    public Invitation open(String token) {
        Referee referee = awaiting(token, false);
        return new Invitation(referee.fullName, referee.check.candidate.fullName(), referee.check.application.vacancy.title,
                referee.expiresAt);
    }

    @Transactional
    public void answer(String token, QuestionnaireForm form) {
        Referee referee = awaiting(token, true);
        for (ReferenceTopic topic : ReferenceTopic.values()) {
            RefereeAnswer answer = new RefereeAnswer();
            answer.referee = referee;
            answer.topic = topic;
            answer.score = form.scoreValue(topic);
            texts.comment(answer, form.comment(topic).isBlank() ? null : form.comment(topic));
            referee.answers.add(answer);
        }
        referee.wouldWorkAgain = form.workAgain();
        texts.remarks(referee, form.remarks().isBlank() ? null : form.remarks());
        finish(referee, RefereeStatus.ANSWERED, AuditAction.REFEREE_ANSWERED);
        referee.sharingAgreedAt = form.shareWithCandidate() ? referee.respondedAt : null;
    }

    @Transactional
    public void decline(String token) {
        finish(awaiting(token, true), RefereeStatus.DECLINED, AuditAction.REFEREE_DECLINED);
    }

    private void finish(Referee referee, RefereeStatus status, AuditAction action) {
        referee.status = status;
        referee.respondedAt = Instant.now(clock);
        outbox.callOff(referee.check.candidate.id, referee.email, ReferenceMails.REMINDER);
        audit.record(action, AuditLog.REFEREE, referee.id);
    }

    /** Sends one reminder to every referee who was invited long enough ago and has not answered. Returns how many. */
    @Transactional
    public int remindDue() {
        Instant now = Instant.now(clock);
        // Locked, and skipped when another instance holds them: each referee is reminded once.
        List<Referee> due = Referee.listDueForReminder(now.minus(config.remindAfter()), now);
        texts.openReferees(due);
        for (Referee referee : due) {
            // Only the hash of a link is kept, so the reminder carries a new link; the first one keeps working too.
            String token = Tokens.newToken();
            referee.previousTokenHash = referee.tokenHash;
            referee.tokenHash = Tokens.hash(token);
            referee.remindedAt = now;
            outbox.enqueue(mails.invitation(referee, token, true));
        }
        return due.size();
    }

    /** Forgets, nightly, the links that no longer open the questionnaire: answered, declined, called off or expired. */
    @Transactional
    public int forgetDeadLinks() {
        return Referee.forgetDeadLinks(Instant.now(clock));
    }

    /** The referee behind a link if it still opens the questionnaire; locked when about to be answered. */
    private Referee awaiting(String token, boolean forUpdate) {
        Referee referee = Tokens.lookupHash(token).flatMap(hash -> Referee.findByTokenHash(hash, forUpdate))
                .orElseThrow(NotFoundException::new);
        texts.openReferees(List.of(referee));
        switch (referee.status) {
            case ANSWERED, DECLINED -> throw new LinkGone(LinkGone.Reason.USED);
            case CANCELLED, NAMED -> throw new LinkGone(LinkGone.Reason.CANCELLED);
            case INVITED -> {
                if (referee.isExpired(Instant.now(clock))) {
                    throw new LinkGone(LinkGone.Reason.EXPIRED);
                }
                if (!ReferenceChecks.hasValidConsent(referee)) {
                    throw new LinkGone(LinkGone.Reason.CANCELLED);
                }
            }
        }
        return referee;
    }
}
