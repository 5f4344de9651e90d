package nl.werving.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.DocumentKind;
import nl.werving.identity.AppUser;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StageMove;
import nl.werving.vacancy.Vacancy;

/** Invented candidates spread over the stages of the open vacancies, with a few moves, notes and outcomes. */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoApplications {

    private static final List<String> NAMES = List.of("Lotte Bakker", "Daan Verhoeven", "Sanne de Groot", "Mohamed Amrani",
            "Emma Peeters", "Lucas Janssens", "Fleur van Leeuwen", "Noah Wouters", "Yara el Khatib", "Bram Mertens", "Julia Dekker",
            "Sem Claessens", "Eva Smit", "Milan Hendrikx", "Lina Kaya", "Thijs Vermeulen", "Zoë Maes", "Ruben Goossens",
            "Iris Kuipers", "Anouar Benali", "Femke Brouwer", "Jens Lambrechts", "Nora Pauwels", "Stijn van Dam", "Amira Haddou",
            "Kiki de Bruin", "Tom Verbeke", "Hanna Willems");
    /** Emma Peeters, whose application has the interview, role-play and references of the demo. */
    static final int EMMA = 4;
    /** Yara el Khatib, who has an interview tomorrow. */
    static final int YARA = 8;
    private static final byte[] CV = "%PDF-1.4\n% Demo-cv zonder inhoud\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Clock clock;
    private final CandidateKeys keys;
    private final CandidateService candidates;

    DemoApplications(Clock clock, CandidateKeys keys, CandidateService candidates) {
        this.clock = clock;
        this.keys = keys;
        this.candidates = candidates;
    }

    /** One application per name, to the open vacancies in turn; returns them in the order of {@link #NAMES}. */
    List<Application> create(List<Vacancy> vacancies, AppUser recruiter) {
        List<Application> created = new ArrayList<>();
        SourceChannel[] sources = SourceChannel.values();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            Vacancy vacancy = vacancies.get(i % vacancies.size());
            List<Stage> stages = Stage.listForVacancy(vacancy.id);
            Instant applied = Instant.now(clock).minus(Duration.ofDays(1 + (i * 3L) % 19)).minus(Duration.ofHours(i));
            Candidate candidate = candidate(i, name, applied);
            Application application = application(vacancy, candidate, sources[i % sources.length], stages.get(0), applied);
            created.add(application);

            Instant at = moveOn(application, stages, Math.min(i % 6, stages.size() - 2), recruiter, applied);
            if (i == 7 || i == 15) {
                application.status = ApplicationStatus.REJECTED;
                application.rejectionReason = RejectionReason.findById(i == 7 ? 2L : 3L);
                application.endedAt = at.plus(Duration.ofHours(2));
            }
            if (i == 3) {
                note(application, recruiter, "Sterk telefoongesprek: vat goed samen en blijft rustig. Rollenspel inplannen.", at);
            }
            cv(application, name, applied);
        }
        likelyDuplicate(vacancies.get(1 % vacancies.size()), created.get(0).candidate);
        return created;
    }

    /**
     * Lotte Bakker applied again, to another vacancy, with another address and her number written the international
     * way: the profile shows both as a likely duplicate, to merge.
     */
    private void likelyDuplicate(Vacancy vacancy, Candidate first) {
        Instant applied = Instant.now(clock).minus(Duration.ofDays(2));
        Candidate again = candidates.create("L. Bakker", "lottebakker.werk@voorbeeld.nl", "+31 6 " + first.phone().substring(3),
                Locale.forLanguageTag("nl"));
        again.createdAt = applied;
        Application application = application(vacancy, again, SourceChannel.INDEED, Stage.listForVacancy(vacancy.id).get(0), applied);
        cv(application, again.fullName(), applied);
    }

    private Candidate candidate(int i, String name, Instant applied) {
        Candidate candidate = candidates.create(name, name.toLowerCase().replaceAll("[^a-z]+", ".") + "@voorbeeld.nl",
                "06 " + (20000000 + i * 7919), Locale.forLanguageTag(i % 5 == 4 ? "fr" : "nl"));
        candidate.createdAt = applied;
        return candidate;
    }

    private static Application application(Vacancy vacancy, Candidate candidate, SourceChannel source, Stage first, Instant applied) {
        Application application = new Application();
        application.vacancy = vacancy;
        application.candidate = candidate;
        application.status = ApplicationStatus.ACTIVE;
        application.source = source;
        application.appliedAt = applied;
        application.stage = first;
        application.furthestStage = first;
        application.stageEnteredAt = applied;
        application.persist();
        return application;
    }

    /** Moves the application a day at a time to stage number {@code target}; returns when it arrived. */
    private static Instant moveOn(Application application, List<Stage> stages, int target, AppUser recruiter, Instant applied) {
        Instant at = applied;
        for (int step = 1; step <= target; step++) {
            at = at.plus(Duration.ofDays(1));
            StageMove move = new StageMove();
            move.application = application;
            move.fromStageId = application.stage.id;
            move.toStageId = stages.get(step).id;
            move.actorId = recruiter.id;
            move.movedAt = at;
            move.enteredAt = application.stageEnteredAt;
            move.persist();
            application.enter(stages.get(step), at);
        }
        return at;
    }

    private void note(Application application, AppUser author, String body, Instant at) {
        CandidateNote note = new CandidateNote();
        note.candidate = application.candidate;
        note.applicationId = application.id;
        note.authorId = author.id;
        note.body = keys.encryptText(application.candidate.id, body);
        note.createdAt = at;
        note.persist();
    }

    private void cv(Application application, String name, Instant applied) {
        CandidateDocument document = new CandidateDocument();
        document.candidate = application.candidate;
        document.applicationId = application.id;
        document.kind = DocumentKind.CV;
        document.fileName = keys.encryptText(application.candidate.id, "cv-" + name.toLowerCase().replaceAll("[^a-z]+", "-") + ".pdf");
        document.contentType = "application/pdf";
        document.content = keys.encrypt(application.candidate.id, CV);
        document.sizeBytes = CV.length;
        document.createdAt = applied;
        document.persist();
    }
}
