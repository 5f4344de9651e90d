package nl.werving.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.ConsentRecord;
import nl.werving.candidate.Motivation;
import nl.werving.interview.ScorecardAmendment;
import nl.werving.interview.ScorecardNote;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.PipelineService;
import nl.werving.reference.ReferenceCheck;
import nl.werving.roleplay.RoleplayNote;
import nl.werving.web.RuleViolation;

/**
 * A candidate's own rights, from the status page: a copy of everything Werving holds about them (JSON plus their
 * files, as a ZIP), and erasure at once. Erasure ends running applications as withdrawn, then deletes the candidate
 * exactly as the purge does; a legal hold stops it.
 */
@ApplicationScoped
public class CandidateRights {

    private final PipelineService pipeline;
    private final Purge purge;
    private final DataRequests requests;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    public CandidateRights(PipelineService pipeline, Purge purge, DataRequests requests, ObjectMapper json, AuditLog audit, Clock clock) {
        this.pipeline = pipeline;
        this.requests = requests;
        this.purge = purge;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code werving-gegevens.json} with the data, and {@code documenten/} with the files as they were sent. */
    @Transactional
    public byte[] export(long candidateId) {
        Candidate candidate = Candidate.<Candidate> findByIdOptional(candidateId).orElseThrow(NotFoundException::new);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now(clock).toString());
        data.put("person", Map.of("name", candidate.fullName, "email", candidate.email, "phone", candidate.phone == null ? "" : candidate.phone,
                "language", candidate.locale, "since", candidate.createdAt.toString()));
        data.put("applications", Application.<Application> list("candidate.id", candidateId).stream().map(a -> row(
                "vacancy", a.vacancy.title, "status", a.status.name(), "stage", a.stage.name, "source", a.source.name(),
                "appliedAt", a.appliedAt, "endedAt", a.endedAt)).toList());
        data.put("motivations", Motivation.<Motivation> list("candidate.id", candidateId).stream().map(m -> m.body).toList());
        data.put("notesByTheTeam", CandidateNote.<CandidateNote> list("candidate.id", candidateId).stream()
                .map(n -> row("writtenAt", n.createdAt, "text", n.body)).toList());
        data.put("interviewAnswers", ScorecardNote.<ScorecardNote> list("candidate.id", candidateId).stream()
                .map(n -> row("situation", n.situation, "task", n.task, "action", n.action, "result", n.result, "notes", n.notes)).toList());
        data.put("scorecardCorrections", ScorecardAmendment.<ScorecardAmendment> list("candidate.id", candidateId).stream()
                .map(m -> row("at", m.createdAt, "reason", m.reason)).toList());
        data.put("rolePlayNotes", RoleplayNote.<RoleplayNote> list("candidate.id", candidateId).stream().map(n -> n.notes).toList());
        data.put("consents", ConsentRecord.<ConsentRecord> list("candidate.id", candidateId).stream().map(c -> row(
                "purpose", c.purpose.name(), "referee", c.refereeId, "textVersion", c.textVersion, "channel", c.channel.name(), "givenAt", c.givenAt,
                "withdrawnAt", c.withdrawnAt)).toList());
        data.put("referenceChecks", ReferenceCheck.forCandidate(candidateId).stream().map(check -> row(
                "vacancy", check.application.vacancy.title, "status", check.status.name(), "requestedAt", check.requestedAt,
                "answeredAt", check.answeredAt, "withdrawnAt", check.withdrawnAt, "discussedAt", check.discussedAt,
                "myResponse", check.candidateResponse, "referees", check.referees.stream().map(referee -> row(
                        "name", referee.fullName, "email", referee.email, "phone", referee.phone, "relationship", referee.relationship.name(),
                        "organisation", referee.company, "period", referee.period, "status", referee.status.name(),
                        "respondedAt", referee.respondedAt, "wouldWorkAgain", referee.wouldWorkAgain, "remarks", referee.remarks,
                        "answers", referee.answers.stream().map(answer -> row("topic", answer.topic.name(), "score", answer.score,
                                "comment", answer.comment)).toList())).toList())).toList());
        data.put("mails", OutboxMail.<OutboxMail> list("candidateId = ?1 order by createdAt", candidateId).stream()
                .map(m -> row("subject", m.subject, "to", m.recipient, "createdAt", m.createdAt, "status", m.status.name())).toList());
        List<CandidateDocument> documents = CandidateDocument.list("candidate.id", candidateId);
        data.put("documents", documents.stream().map(d -> row("file", fileName(d), "type", d.contentType, "receivedAt", d.createdAt)).toList());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("werving-gegevens.json"));
            zip.write(json.writeValueAsBytes(data));
            zip.closeEntry();
            for (CandidateDocument document : documents) {
                zip.putNextEntry(new ZipEntry(fileName(document)));
                zip.write(document.content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.DATA_EXPORTED, AuditLog.CANDIDATE, candidateId);
        requests.complete(candidateId, RequestKind.EXPORT);
        return bytes.toByteArray();
    }

    /** Erases the candidate now; refused while a legal hold stands. */
    @Transactional
    public void erase(long candidateId) {
        if (LegalHold.isActive(candidateId)) {
            throw new RuleViolation("on-hold", "Candidate " + candidateId + " is on legal hold");
        }
        Application.<Application> list("candidate.id = ?1 and status = ?2", candidateId, ApplicationStatus.ACTIVE)
                .forEach(application -> pipeline.withdraw(application.id, candidateId));
        requests.complete(candidateId, RequestKind.ERASURE);
        purge.delete(List.of(candidateId), AuditAction.CANDIDATE_ERASED);
    }

    private static String fileName(CandidateDocument document) {
        return "documenten/" + document.id + "-" + document.fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A JSON object with its keys in this order; {@code null} values stay out. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                row.put((String) keysAndValues[i], keysAndValues[i + 1] instanceof Instant at ? at.toString() : keysAndValues[i + 1]);
            }
        }
        return row;
    }
}
