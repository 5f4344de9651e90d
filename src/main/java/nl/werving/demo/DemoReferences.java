package nl.werving.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.reference.Referee;
import nl.werving.reference.RefereeAnswer;
import nl.werving.reference.RefereeStatus;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.ReferenceCheckStatus;
import nl.werving.reference.ReferenceChecks;
import nl.werving.reference.ReferenceConfig;
import nl.werving.reference.ReferenceTexts;
import nl.werving.reference.ReferenceTopic;
import nl.werving.reference.Relationship;
import nl.werving.reference.WorkAgain;
import nl.werving.web.Tokens;

/**
 * Emma Peeters named two referees with a consent each; one answered, the other has the questionnaire waiting, so
 * the references page shows findings and a pending request.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoReferences {

    private final Clock clock;
    private final ReferenceConfig references;
    private final ReferenceTexts texts;

    DemoReferences(Clock clock, ReferenceConfig references, ReferenceTexts texts) {
        this.clock = clock;
        this.references = references;
        this.texts = texts;
    }

    void create(Application emma, AppUser recruiter) {
        Instant requested = Instant.now(clock).minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        ReferenceCheck check = new ReferenceCheck();
        check.application = emma;
        check.candidate = emma.candidate;
        check.status = ReferenceCheckStatus.NAMED;
        check.requestedBy = recruiter.id;
        check.requestedAt = requested;
        check.answeredAt = requested.plus(Duration.ofHours(2));
        check.persist();

        Referee answered = referee(check, 1, "Ruud Kerkhof", "ruud.kerkhof@meubelhuis.example", Relationship.TEAM_LEAD,
                "Meubelhuis Oost", "2021–2024", RefereeStatus.ANSWERED);
        answered.respondedAt = requested.plus(Duration.ofHours(6));
        answered.wouldWorkAgain = WorkAgain.YES;
        answer(answered, new int[] { 4, 5, 4, 4, 5 }, new String[] { "Plande haar dag zelf en hield de wachtrij in de gaten.",
            "Wat ze toezegde, gebeurde ook.", "Sprong bij als het bij de retourafdeling vastliep.", "Bleef rustig in de decemberdrukte.",
            "Klanten vroegen naar haar terug." });

        Referee waiting = referee(check, 2, "Lotte Maes", "lotte.maes@belcentrum.example", Relationship.COLLEAGUE, "Belcentrum Gent",
                "2019–2021", RefereeStatus.INVITED);
        waiting.invitedAt = requested.plus(Duration.ofHours(3));
        waiting.expiresAt = waiting.invitedAt.plus(references.linkLifetime());
        // A link nobody has: the demo shows the request, it does not hand out a working questionnaire.
        waiting.tokenHash = Tokens.hash(Tokens.newToken());
        answered.invitedAt = waiting.invitedAt;
        answered.expiresAt = waiting.expiresAt;
        answered.tokenHash = Tokens.hash(Tokens.newToken());
    }

    private Referee referee(ReferenceCheck check, int position, String name, String email, Relationship relationship,
            String company, String period, RefereeStatus status) {
        Referee referee = new Referee();
        referee.status = status;
        referee.check = check;
        referee.position = position;
        texts.name(referee, name, email, null, company, period);
        referee.relationship = relationship;
        referee.persist();
        check.referees.add(referee);
        ReferenceChecks.recordConsent(referee, check.answeredAt);
        return referee;
    }

    /** A score and a comment per topic, in the order of {@link ReferenceTopic}. */
    private void answer(Referee referee, int[] scores, String[] comments) {
        for (ReferenceTopic topic : ReferenceTopic.values()) {
            RefereeAnswer answer = new RefereeAnswer();
            answer.referee = referee;
            answer.topic = topic;
            answer.score = scores[topic.ordinal()];
            texts.comment(answer, comments[topic.ordinal()]);
            referee.answers.add(answer);
        }
    }
}
