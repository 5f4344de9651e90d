package nl.werving.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.web.RuleViolation;

/**
 * A candidate's own rights, from the status page: a copy of everything Werving holds about them (JSON, the same as a
 * readable page, and their files, as a ZIP), and erasure at once. Each feature hands in its own part
 * ({@link PrivacyPart}). Erasure lets every part end what still runs (applications end as withdrawn), then deletes the
 * candidate exactly as the purge does; a legal hold stops it.
 */
@ApplicationScoped
public class CandidateRights {

    private final Instance<PrivacyPart> parts;
    private final Purge purge;
    private final DataRequests requests;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    public CandidateRights(@Any Instance<PrivacyPart> parts, Purge purge, DataRequests requests, ObjectMapper json, AuditLog audit,
            Clock clock) {
        this.parts = parts;
        this.requests = requests;
        this.purge = purge;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@code werving-gegevens.json} with the data, {@code werving-gegevens.html} with the same data to read in the
     * candidate's language, and {@code documenten/} with the files as they were sent. The request this answers is
     * marked handled first, so the copy shows it so.
     */
    @Transactional
    public byte[] export(long candidateId) {
        Candidate candidate = Candidate.<Candidate> findByIdOptional(candidateId).orElseThrow(NotFoundException::new);
        requests.complete(candidateId, RequestKind.EXPORT);
        List<PersonalData> shares = parts.stream().map(part -> part.export(candidateId)).toList();
        Instant exportedAt = Instant.now(clock);
        Map<String, Object> sections = new LinkedHashMap<>();
        shares.stream().flatMap(share -> share.sections().stream()).sorted(Comparator.comparingInt(PersonalData.Section::position))
                .forEach(section -> sections.put(section.name(), section.content()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", exportedAt);
        data.putAll(sections);
        List<PersonalData.File> files = shares.stream().flatMap(share -> share.files().stream()).toList();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("werving-gegevens.json"));
            zip.write(json.writeValueAsBytes(data));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("werving-gegevens.html"));
            zip.write(ReadableCopy.render(sections, exportedAt, candidate.locale).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (PersonalData.File file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.DATA_EXPORTED, AuditLog.CANDIDATE, candidateId);
        return bytes.toByteArray();
    }

    /** Erases the candidate now; refused while a legal hold stands. */
    @Transactional
    public void erase(long candidateId) {
        if (LegalHold.isActive(candidateId)) {
            throw new RuleViolation("on-hold", "Candidate " + candidateId + " is on legal hold");
        }
        parts.forEach(part -> part.beforeErasure(candidateId));
        requests.complete(candidateId, RequestKind.ERASURE);
        purge.delete(List.of(candidateId), AuditAction.CANDIDATE_ERASED);
    }
}
