package nl.werving.candidate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.personaldata.CandidateKeys;
import nl.werving.web.Tokens;

/**
 * The candidate aggregate: finding the person behind an e-mail address, keeping what they sent, their
 * consents and the links they get by mail. Callers run it inside their own transaction; the nightly removal of
 * expired links runs in one of its own.
 */
@ApplicationScoped
public class CandidateService {

    /** How long a status link from a mail keeps working; a new mail brings a new link. */
    static final Duration STATUS_LINK_LIFETIME = Duration.ofDays(180);

    private final Clock clock;
    private final CandidateKeys keys;

    public CandidateService(Clock clock, CandidateKeys keys) {
        this.clock = clock;
        this.keys = keys;
    }

    /** The candidate behind an e-mail address, matched on its normalised form. */
    /** The language the candidate applied in (nl, en or fr); {@code null} for an unknown candidate. */
    public String languageOf(long candidateId) {
        return Candidate.<Candidate> findByIdOptional(candidateId).map(candidate -> candidate.locale).orElse(null);
    }

    public Optional<Candidate> findByEmail(String email) {
        return Candidate.findByEmailKey(Candidate.emailKey(email));
    }

    @Transactional(TxType.MANDATORY)
    public Candidate create(String fullName, String email, String phone, Locale locale) {
        Candidate candidate = new Candidate();
        candidate.fullName = fullName.strip();
        candidate.email = email.strip();
        candidate.emailKey = Candidate.emailKey(email);
        candidate.phone = phone == null || phone.isBlank() ? null : phone.strip();
        candidate.locale = locale.getLanguage();
        candidate.createdAt = Instant.now(clock);
        candidate.persist();
        return candidate;
    }

    @Transactional(TxType.MANDATORY)
    public void attachCv(Candidate candidate, long applicationId, CvFile cv) {
        CandidateDocument document = new CandidateDocument();
        document.candidate = candidate;
        document.applicationId = applicationId;
        document.kind = DocumentKind.CV;
        document.fileName = cv.fileName();
        document.contentType = cv.contentType();
        document.sizeBytes = cv.content().length;
        document.content = keys.encrypt(candidate.id, cv.content());
        document.createdAt = Instant.now(clock);
        document.persist();
    }

    /** The document's bytes as the candidate sent them. */
    @Transactional(TxType.MANDATORY)
    public byte[] content(CandidateDocument document) {
        return keys.decrypt(document.candidate.id, document.content);
    }

    /**
     * Gives the duplicate's documents to the kept candidate, sealed again under the kept candidate's key: the
     * duplicate's key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    void moveDocuments(long duplicateId, long keptId) {
        for (CandidateDocument document : CandidateDocument.listForCandidate(duplicateId)) {
            CandidateDocument.replaceContent(document.id, keys.encrypt(keptId, keys.decrypt(duplicateId, document.content)));
        }
        CandidateDocument.moveToCandidate(duplicateId, keptId);
    }

    /**
     * Encrypts up to {@code limit} documents stored before encryption came (V34 listed them; SQL cannot encrypt), so that
     * a purge leaves no readable copy of them either. Returns how many.
     */
    @Transactional
    public int encryptPlainDocuments(int limit) {
        List<Long> ids = CandidateDocument.listPlainIds(limit);
        for (long id : ids) {
            CandidateDocument document = CandidateDocument.findById(id);
            if (!CandidateKeys.isSealed(document.content)) {
                CandidateDocument.replaceContent(id, keys.encrypt(document.candidate.id, document.content));
            }
        }
        if (!ids.isEmpty()) {
            CandidateDocument.markSealed(ids);
        }
        return ids.size();
    }

    @Transactional(TxType.MANDATORY)
    public void attachMotivation(Candidate candidate, long applicationId, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Motivation motivation = new Motivation();
        motivation.candidate = candidate;
        motivation.applicationId = applicationId;
        motivation.body = text.strip();
        motivation.persist();
    }

    @Transactional(TxType.MANDATORY)
    public CandidateNote addNote(Candidate candidate, Long applicationId, Long stageMoveId, Long authorId, String body) {
        CandidateNote note = new CandidateNote();
        note.candidate = candidate;
        note.applicationId = applicationId;
        note.stageMoveId = stageMoveId;
        note.authorId = authorId;
        note.body = body.strip();
        note.createdAt = Instant.now(clock);
        note.persist();
        return note;
    }

    @Transactional(TxType.MANDATORY)
    public void recordConsent(Candidate candidate, ConsentRecord.Purpose purpose, String textVersion, ConsentRecord.Channel channel) {
        ConsentRecord consent = new ConsentRecord();
        consent.candidate = candidate;
        consent.purpose = purpose;
        consent.textVersion = textVersion;
        consent.channel = channel;
        consent.givenAt = Instant.now(clock);
        consent.persist();
    }

    /** A new link to the candidate's status page; returns the token, of which only the hash is kept. */
    @Transactional(TxType.MANDATORY)
    public String issueStatusToken(Candidate candidate) {
        return issueToken(candidate, CandidateToken.Purpose.STATUS, STATUS_LINK_LIFETIME);
    }

    /** The candidate a status link belongs to, if the link is genuine and has not expired. */
    public Optional<Long> candidateForStatusToken(String token) {
        return candidateForToken(token, CandidateToken.Purpose.STATUS);
    }

    /** A link that opens one thing only: its purpose, and a lifetime after which it opens nothing. */
    @Transactional(TxType.MANDATORY)
    public String issueToken(Candidate candidate, CandidateToken.Purpose purpose, Duration lifetime) {
        String token = Tokens.newToken();
        CandidateToken stored = new CandidateToken();
        stored.candidate = candidate;
        stored.tokenHash = Tokens.hash(token);
        stored.purpose = purpose;
        stored.createdAt = Instant.now(clock);
        stored.expiresAt = stored.createdAt.plus(lifetime);
        stored.persist();
        return token;
    }

    /** The candidate a link of this purpose belongs to, if the link is genuine and has not expired. */
    public Optional<Long> candidateForToken(String token, CandidateToken.Purpose purpose) {
        return Tokens.lookupHash(token).flatMap(hash -> CandidateToken.findValid(hash, purpose, Instant.now(clock)))
                .map(found -> found.candidate.id);
    }

    /**
     * Deletes the links (status page, consent renewal) that expired: they open nothing any more, and without this every
     * mail ever sent would leave a row behind until the candidate is purged. Returns how many went.
     */
    @Transactional
    public long deleteExpiredTokens() {
        return CandidateToken.deleteExpired(Instant.now(clock));
    }
}
