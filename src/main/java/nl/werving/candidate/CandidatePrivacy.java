package nl.werving.candidate;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.KeepRule;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The candidate's own data: who they are, what they wrote, the team's notes, their consents and their files. A
 * talent-pool consent that still holds keeps them from the purge.
 */
@ApplicationScoped
public class CandidatePrivacy implements PrivacyPart {

    private final CandidateService candidates;
    private final CandidateKeys keys;

    public CandidatePrivacy(CandidateService candidates, CandidateKeys keys) {
        this.candidates = candidates;
        this.keys = keys;
    }

    @Override
    public PersonalData export(long candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        List<CandidateDocument> documents = CandidateDocument.listForCandidate(candidateId);
        List<NoteEntry> notes = candidates.notes(candidateId);
        return new PersonalData(List.of(
                section(10, "person", row("name", candidate.fullName(), "email", candidate.email(),
                        "phone", candidate.phone() == null ? "" : candidate.phone(), "language", candidate.locale,
                        "since", candidate.createdAt)),
                section(30, "motivations", candidates.motivations(candidateId)),
                section(40, "notesByTheTeam", notes.stream().map(n -> row("writtenAt", n.createdAt(), "text", n.body())).toList()),
                section(80, "consents", ConsentRecord.listForCandidate(candidateId).stream().map(c -> row(
                        "purpose", c.purpose.name(), "referee", c.refereeId, "textVersion", c.textVersion, "channel", c.channel.name(),
                        "givenAt", c.givenAt, "withdrawnAt", c.withdrawnAt)).toList()),
                section(110, "documents", documents.stream()
                        .map(d -> row("file", fileName(d), "type", d.contentType, "receivedAt", d.createdAt)).toList())),
                documents.stream().map(d -> new PersonalData.File(fileName(d), candidates.content(d))).toList());
    }

    /** A talent-pool consent given within the term and not withdrawn. */
    @Override
    public Optional<KeepRule> keeps() {
        return Optional.of(new KeepRule("""
                select 1 from ConsentRecord r where r.candidate = c and r.purpose = :talentPool
                    and r.withdrawnAt is null and r.givenAt >= :consented""", Map.of("talentPool", ConsentRecord.Purpose.TALENT_POOL)));
    }

    @Override
    public long forgetDeadLinks() {
        return candidates.deleteExpiredTokens();
    }

    private String fileName(CandidateDocument document) {
        return "documenten/" + document.id + "-" + candidates.fileName(document).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The keys go with the candidates, so nothing sealed under them can be read again. */
    @Override
    public void beforeDelete(List<Long> candidateIds) {
        keys.forget(candidateIds);
    }

    /**
     * Documents, motivations, notes, consents and the links in sent mails all go over to the kept candidate. The
     * duplicate's key stays until every feature has sealed its rows again (privacy/CandidateMerge forgets it then).
     */
    @Override
    public void merge(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        candidates.moveDocuments(duplicateId, keptId);
        // Sealed again under the kept candidate's key; the merge forgets the duplicate's key once every part is done.
        candidates.moveTexts(duplicateId, keptId);
        ConsentRecord.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
        CandidateToken.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
    }
}
