package nl.werving.support;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.ConsentRecord;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.DocumentKind;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;

/** Builds applications with their candidate and CV: {@code anApplication().to(vacancy).by("Naam").persist()}. */
public final class TestApplications {

    private Vacancy vacancy;
    private String name = "Kandidaat " + UUID.randomUUID().toString().substring(0, 6);
    private String email;
    private String phone = "06 " + (10_000_000 + new java.util.Random().nextInt(90_000_000));
    private int stageIndex;
    private SourceChannel source = SourceChannel.SITE;
    private ApplicationStatus status = ApplicationStatus.ACTIVE;
    private Long candidateId;

    public static TestApplications anApplication() {
        return new TestApplications();
    }

    public TestApplications to(Vacancy vacancy) {
        this.vacancy = vacancy;
        return this;
    }

    public TestApplications by(String name) {
        this.name = name;
        return this;
    }

    public TestApplications withEmail(String email) {
        this.email = email;
        return this;
    }

    /** The stage by position, 0 being the first. */
    public TestApplications withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public TestApplications inStage(int index) {
        this.stageIndex = index;
        return this;
    }

    public TestApplications from(SourceChannel source) {
        this.source = source;
        return this;
    }

    /** The candidate of an earlier application applies again (to another vacancy). */
    public TestApplications sameCandidateAs(Application earlier) {
        this.candidateId = earlier.candidate.id;
        return this;
    }

    public TestApplications ended(ApplicationStatus status) {
        this.status = status;
        return this;
    }

    public Application persist() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = candidateId != null ? Candidate.findById(candidateId)
                    : Arc.container().instance(CandidateService.class).get().create(name,
                            email != null ? email : "kandidaat." + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl", phone,
                            Locale.forLanguageTag("nl"));
            candidate.createdAt = candidateId != null ? candidate.createdAt : Instant.now();
            List<Stage> stages = Stage.listForVacancy(vacancy.id);
            Application application = new Application();
            application.vacancy = Vacancy.findById(vacancy.id);
            application.candidate = candidate;
            application.stage = stages.get(stageIndex);
            application.furthestStage = application.stage;
            application.status = status;
            application.source = source;
            application.appliedAt = Instant.now();
            application.stageEnteredAt = application.appliedAt;
            if (status.isEnded()) {
                application.endedAt = application.appliedAt;
            }
            application.persist();
            CandidateDocument cv = new CandidateDocument();
            cv.candidate = candidate;
            cv.applicationId = application.id;
            cv.kind = DocumentKind.CV;
            cv.fileName = Sealed.text(candidate.id, "cv-kandidaat.pdf");
            cv.contentType = "application/pdf";
            cv.content = TestFiles.pdf();
            cv.sizeBytes = cv.content.length;
            cv.createdAt = Instant.now();
            cv.persist();
            return application;
        });
    }

    public static Application reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application found = Application.findById(id);
            found.stage.name.length();
            if (found.rejectionReason != null) {
                found.rejectionReason.label.nl().length();
            }
            return found;
        });
    }

    /** The candidate's consent to stay in the talent pool, given at that moment through the apply form; its id. */
    public static long talentPoolConsent(Application application, Instant givenAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ConsentRecord consent = new ConsentRecord();
            consent.candidate = Candidate.findById(application.candidate.id);
            consent.purpose = ConsentRecord.Purpose.TALENT_POOL;
            consent.textVersion = "talentpool-2026-01";
            consent.channel = ConsentRecord.Channel.APPLY_FORM;
            consent.givenAt = givenAt;
            consent.persist();
            return consent.id;
        });
    }

    public static List<Stage> stagesOf(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> Stage.listForVacancy(vacancy.id));
    }
}
