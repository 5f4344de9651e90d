package nl.werving.candidate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;
import nl.werving.web.Tokens;

/**
 * The candidate aggregate: finding the person behind an e-mail address, keeping what they sent, their
 * consents and the links they get by mail. Callers run it inside their own transaction; the nightly removal of
 * expired links runs in one of its own.
 */
@ApplicationScoped
public class CandidateService implements SealingBacklog {

    /** How long a status link from a mail keeps working; a new mail brings a new link. */
    static final Duration STATUS_LINK_LIFETIME = Duration.ofDays(180);

    private final Clock clock;
    private final CandidateKeys keys;
    private final CandidateContacts contacts;

    public CandidateService(Clock clock, CandidateKeys keys, CandidateContacts contacts) {
        this.clock = clock;
        this.keys = keys;
        this.contacts = contacts;
    }

    /** The language the candidate applied in (nl, en or fr); {@code null} for an unknown candidate. */
    public String languageOf(long candidateId) {
        return Candidate.<Candidate> findByIdOptional(candidateId).map(candidate -> candidate.locale).orElse(null);
    }

    /** That language as a locale for texts and formats; Dutch for an unknown candidate. */
    public Locale localeOf(long candidateId) {
        return Candidate.<Candidate> findByIdOptional(candidateId).map(Candidate::preferredLocale).orElse(Locale.forLanguageTag("nl"));
    }

    /** The candidate behind an e-mail address, matched on its normalised form. */
    public Optional<Candidate> findByEmail(String email) {
        return Candidate.findByEmail(email);
    }

    @Transactional(TxType.MANDATORY)
    public Candidate create(String fullName, String email, String phone, Locale locale) {
        Candidate candidate = new Candidate();
        candidate.locale = locale.getLanguage();
        candidate.createdAt = Instant.now(clock);
        String name = fullName.strip();
        String address = email.strip();
        String number = phone == null || phone.isBlank() ? null : phone.strip();
        // Sealing needs the id, which persist takes from the sequence: the row is inserted with the hashes and updated with
        // the sealed details at the same flush. The update changes no indexed column, so PostgreSQL makes it in place
        // (a HOT update) instead of writing each of the table's indexes twice.
        contacts.index(candidate, name, address, number);
        candidate.persist();
        keys.createKeyForNew(candidate.id);
        contacts.seal(candidate, name, address, number);
        return candidate;
    }

    @Transactional(TxType.MANDATORY)
    public void attachCv(Candidate candidate, long applicationId, CvFile cv) {
        CandidateDocument document = new CandidateDocument();
        document.candidate = candidate;
        document.applicationId = applicationId;
        document.kind = DocumentKind.CV;
        document.fileName = keys.encryptText(candidate.id, cv.fileName());
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

    /** The document's name as the candidate's device gave it. */
    @Transactional(TxType.MANDATORY)
    public String fileName(CandidateDocument document) {
        return keys.decryptText(document.candidate.id, document.fileName);
    }

    /** The candidate's documents of these applications, without their bytes, newest first. */
    @Transactional(TxType.MANDATORY)
    public List<DocumentInfo> documents(long candidateId, Collection<Long> applicationIds) {
        List<CandidateDocument.Stored> stored = CandidateDocument.listInfo(candidateId, applicationIds);
        List<String> names = keys.decryptTexts(candidateId, stored.stream().map(CandidateDocument.Stored::fileName).toList());
        List<DocumentInfo> documents = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            CandidateDocument.Stored document = stored.get(i);
            documents.add(new DocumentInfo(document.id(), document.applicationId(), names.get(i), document.contentType(),
                    document.sizeBytes(), document.createdAt()));
        }
        return documents;
    }

    /**
     * Gives the duplicate's documents to the kept candidate, sealed again under the kept candidate's key: the
     * duplicate's key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    void moveDocuments(long duplicateId, long keptId) {
        for (CandidateDocument document : CandidateDocument.listForCandidate(duplicateId)) {
            CandidateDocument.replaceSealed(document.id, keys.reseal(duplicateId, keptId, document.content),
                    keys.reseal(duplicateId, keptId, document.fileName));
        }
        CandidateDocument.moveToCandidate(duplicateId, keptId);
    }

    /**
     * Encrypts up to {@code limit} each of the documents, motivations and notes stored before they were sealed (V34,
     * V35 and V39 listed them; SQL cannot encrypt), so that a purge leaves no readable copy of them either.
     */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        int documents = CandidateDocument.sealListed(limit, id -> {
            CandidateDocument document = CandidateDocument.findById(id);
            if (document == null) {
                return; // gone since it was listed
            }
            long candidateId = document.candidate.id;
            byte[] content = keys.sealIfPlain(candidateId, document.content);
            byte[] name = keys.sealIfPlain(candidateId, document.fileName);
            if (content != document.content || name != document.fileName) {
                CandidateDocument.replaceSealed(id, content, name);
            }
        });
        int motivations = Motivation.sealListed(limit, id -> {
            Motivation motivation = Motivation.findById(id);
            if (motivation == null) {
                return; // gone since it was listed
            }
            motivation.body = keys.sealIfPlain(motivation.candidate.id, motivation.body);
        });
        int notes = CandidateNote.sealListed(limit, id -> {
            CandidateNote note = CandidateNote.findById(id);
            if (note == null) {
                return; // gone since it was listed
            }
            note.body = keys.sealIfPlain(note.candidate.id, note.body);
        });
        int candidates = Candidate.sealListed(limit, id -> {
            Candidate candidate = Candidate.findById(id);
            if (candidate == null) {
                return; // gone since it was listed
            }
            // Stored as UTF-8 by V41: read as they are, then sealed and hashed.
            contacts.write(candidate, candidate.fullName(), candidate.email(), candidate.phone());
        });
        return documents + motivations + notes + candidates;
    }

    /**
     * Gives the duplicate's motivations and notes to the kept candidate, sealed again under the kept candidate's key (see
     * {@link #moveDocuments}).
     */
    @Transactional(TxType.MANDATORY)
    void moveTexts(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        for (Motivation motivation : Motivation.listForCandidate(duplicateId)) {
            motivation.body = keys.reseal(duplicateId, keptId, motivation.body);
            motivation.candidate = kept;
        }
        for (CandidateNote note : CandidateNote.listForCandidate(duplicateId)) {
            note.body = keys.reseal(duplicateId, keptId, note.body);
            note.candidate = kept;
        }
        // Written now, before the merge deletes the duplicate and its rows with it.
        CandidateNote.flush();
    }

    @Transactional(TxType.MANDATORY)
    public void attachMotivation(Candidate candidate, long applicationId, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Motivation motivation = new Motivation();
        motivation.candidate = candidate;
        motivation.applicationId = applicationId;
        motivation.body = keys.encryptText(candidate.id, text.strip());
        motivation.persist();
    }

    /** The motivation's text as the candidate wrote it. */
    @Transactional(TxType.MANDATORY)
    public String text(Motivation motivation) {
        return keys.decryptTexts(motivation.candidate.id, List.of(motivation.body)).get(0);
    }

    /** The note's text as the team wrote it. */
    @Transactional(TxType.MANDATORY)
    public String text(CandidateNote note) {
        return keys.decryptTexts(note.candidate.id, List.of(note.body)).get(0);
    }

    /** The candidate's motivations by application, of these applications. */
    @Transactional(TxType.MANDATORY)
    public Map<Long, String> motivations(long candidateId, Collection<Long> applicationIds) {
        List<Motivation> stored = Motivation.listForApplications(applicationIds).stream().filter(m -> m.candidate.id == candidateId).toList();
        List<String> texts = keys.decryptTexts(candidateId, stored.stream().map(m -> m.body).toList());
        Map<Long, String> byApplication = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            byApplication.put(stored.get(i).applicationId, texts.get(i));
        }
        return byApplication;
    }

    /** Every motivation the candidate wrote. */
    @Transactional(TxType.MANDATORY)
    public List<String> motivations(long candidateId) {
        return keys.decryptTexts(candidateId, Motivation.listForCandidate(candidateId).stream().map(m -> m.body).toList());
    }

    /** Every note the team wrote about the candidate, without authors. */
    @Transactional(TxType.MANDATORY)
    public List<NoteEntry> notes(long candidateId) {
        List<CandidateNote> stored = CandidateNote.listForCandidate(candidateId);
        List<String> texts = keys.decryptTexts(candidateId, stored.stream().map(n -> n.body).toList());
        List<NoteEntry> notes = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            notes.add(new NoteEntry(stored.get(i).applicationId, texts.get(i), null, stored.get(i).createdAt));
        }
        return notes;
    }

    /** The candidate's notes on no application or on one of these, with their authors' names. */
    @Transactional(TxType.MANDATORY)
    public List<NoteEntry> notes(long candidateId, Collection<Long> applicationIds) {
        List<CandidateNote.Stored> stored = CandidateNote.listForApplications(candidateId, applicationIds);
        List<String> texts = keys.decryptTexts(candidateId, stored.stream().map(CandidateNote.Stored::body).toList());
        List<NoteEntry> notes = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            CandidateNote.Stored note = stored.get(i);
            notes.add(new NoteEntry(note.applicationId(), texts.get(i), note.authorName(), note.createdAt()));
        }
        return notes;
    }

    @Transactional(TxType.MANDATORY)
    public CandidateNote addNote(Candidate candidate, Long applicationId, Long stageMoveId, Long authorId, String body) {
        CandidateNote note = new CandidateNote();
        note.candidate = candidate;
        note.applicationId = applicationId;
        note.stageMoveId = stageMoveId;
        note.authorId = authorId;
        note.body = keys.encryptText(candidate.id, body.strip());
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
