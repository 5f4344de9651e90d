package nl.werving.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.Hibernate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.ForbiddenException;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.interview.ScorecardInput.Answer;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;
import nl.werving.pipeline.Application;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;

/**
 * Filling, submitting and correcting scorecards, and what each user may see of them. Interviewers score
 * independently: while they owe a scorecard for an application they see no one else's, whatever their role.
 * Drafts are only ever seen by their author. What interviewers write about the candidate (notes, reasons of
 * corrections) is stored sealed under the candidate's key and opened here.
 */
@ApplicationScoped
public class Scorecards implements SealingBacklog {

    /** Two or more points between interviewers on one competency is worth a conversation. */
    public static final int DISAGREEMENT = 2;

    /**
     * The scorecard page: the interview's part of the kit (its competencies, each with only its chosen questions), the
     * interviewer's scorecard, and their notes per question.
     */
    public record Sheet(Interview interview, List<ChosenCompetency> kit, Scorecard scorecard, Map<Long, NoteText> notes,
            NoteText general, List<AmendmentText> amendments) {

        public NoteText note(long questionId) {
            return notes.get(questionId);
        }
    }

    /** The interview guide: the interview and the questions it asks, grouped by competency. */
    public record Guide(Interview interview, List<ChosenCompetency> kit) {
    }

    /**
     * One interviewer's rating of a competency: {@code null} when not given; {@code asked} false when the competency
     * was not part of their interview, so the table says so instead of leaving a gap that reads like a low score.
     */
    public record Score(Integer rating, boolean asked) {
    }

    /** One competency across the submitted scorecards of an application; the mean counts the given ratings only. */
    public record Row(Competency competency, List<Score> scores, Double mean, Integer spread) {

        public boolean isDisagreement() {
            return spread != null && spread >= DISAGREEMENT;
        }
    }

    /** Competencies × interviewers for the scorecards the current user may see, with mean and spread. */
    public record Aggregate(List<Scorecard> scorecards, List<Row> rows, boolean hidden) {

        public boolean isEmpty() {
            return scorecards.stream().noneMatch(Scorecard::isSubmitted);
        }

        public List<Scorecard> submitted() {
            return scorecards.stream().filter(Scorecard::isSubmitted).toList();
        }

        /** Some interviewer's interview did not ask about some competency of the kit. */
        public boolean isAnyNotAsked() {
            return rows.stream().flatMap(row -> row.scores().stream()).anyMatch(score -> !score.asked());
        }
    }

    private final CurrentUser currentUser;
    private final Interviews interviews;
    private final AuditLog audit;
    private final CandidateKeys keys;
    private final CalibrationFacts calibrationFacts;
    private final Clock clock;

    public Scorecards(CurrentUser currentUser, Interviews interviews, AuditLog audit, CandidateKeys keys, CalibrationFacts calibrationFacts,
            Clock clock) {
        this.currentUser = currentUser;
        this.interviews = interviews;
        this.audit = audit;
        this.keys = keys;
        this.calibrationFacts = calibrationFacts;
        this.clock = clock;
    }

    /** The current user's scorecard for an interview they conduct, started on first opening. */
    @Transactional
    public Sheet sheet(long interviewId) {
        Interview interview = interviewerOf(interviewId);
        Scorecard scorecard = Scorecard.of(interviewId, currentUser.getId()).orElseGet(() -> start(interview));
        return sheet(interview, scorecard);
    }

    /** The guide of an interview for its interviewers and for those who plan interviews; it starts no scorecard. */
    @Transactional
    public Guide guide(long interviewId) {
        Interview interview = withCandidate(interviewId);
        if (!interview.hasInterviewer(currentUser.getId()) && !currentUser.canManageVacancies()) {
            throw new ForbiddenException();
        }
        return new Guide(interview, interviews.chosen(interview));
    }

    /** Saves the draft or, with {@code input.submit()}, submits and locks it. The input has been checked. */
    @Transactional
    public Scorecard save(long interviewId, ScorecardInput input) {
        Interview interview = interviewerOf(interviewId);
        Scorecard scorecard = Scorecard.of(interviewId, currentUser.getId()).orElseGet(() -> start(interview));
        ConcurrentEdits.requireVersion(scorecard.version, input.version());
        if (scorecard.isSubmitted()) {
            throw new RuleViolation("scorecard-locked", "Scorecard " + scorecard.id + " is submitted");
        }
        // Ratings and notes live in other rows: raise the version now, so a second tab saving at the same moment waits
        // here and then fails on the version instead of writing over this.
        Scorecard.getEntityManager().lock(scorecard, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        // Only what this interview asks: ratings and notes outside it (given before the questions changed) stay as they are.
        List<ChosenCompetency> chosen = interviews.chosen(interview);
        Map<Long, ScorecardNote> notes = notesByQuestion(scorecard);
        Writer writer = new Writer(scorecard);
        for (ChosenCompetency competency : chosen) {
            scorecard.rate(competency.id(), null, input.competencyRating(competency.id()));
            for (InterviewQuestion question : competency.questions()) {
                Answer answer = input.answer(question.id);
                scorecard.rate(competency.id(), question.id, answer == null ? null : answer.rating());
                writer.keepNote(notes.get(question.id), question.id, answer);
            }
        }
        writer.keepGeneralNote(notes.get(null), input.notes());
        scorecard.recommendation = input.recommendation();
        if (input.submit()) {
            scorecard.status = ScorecardStatus.SUBMITTED;
            scorecard.submittedAt = Instant.now(clock);
            audit.record(AuditAction.SCORECARD_SUBMITTED, AuditLog.SCORECARD, scorecard.id);
            calibrationFacts.refresh(interview.application.id);
        }
        return scorecard;
    }

    /**
     * Corrects a submitted scorecard of one's own: a competency's rating or the recommendation. The original and
     * the reason stay on record beside it.
     */
    @Transactional
    public ScorecardAmendment amend(long interviewId, Long competencyId, Integer rating, Recommendation recommendation,
            String reason) {
        Interview interview = interviewerOf(interviewId);
        Scorecard scorecard = Scorecard.of(interviewId, currentUser.getId()).orElseThrow(NotFoundException::new);
        if (!scorecard.isSubmitted()) {
            throw new RuleViolation("scorecard-draft", "A draft is changed, not amended");
        }
        Scorecard.getEntityManager().lock(scorecard, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        ScorecardAmendment amendment = new ScorecardAmendment();
        amendment.candidate = interview.application.candidate;
        amendment.scorecard = scorecard;
        amendment.reason = keys.encryptText(amendment.candidate.id, reason.strip());
        amendment.authorId = currentUser.getId();
        amendment.createdAt = Instant.now(clock);
        if (competencyId != null) {
            if (rating == null || rating < 1 || rating > 5
                    || interviews.chosen(interview).stream().noneMatch(c -> c.id().equals(competencyId))) {
                throw new RuleViolation("amendment-invalid", "A competency of this interview and a rating 1–5");
            }
            amendment.competencyId = competencyId;
            amendment.previousRating = scorecard.competencyRating(competencyId);
            amendment.rating = rating;
            scorecard.rate(competencyId, null, rating);
            calibrationFacts.refresh(interview.application.id);
        } else {
            if (recommendation == null) {
                throw new RuleViolation("amendment-invalid", "A recommendation");
            }
            amendment.previousRecommendation = scorecard.recommendation;
            amendment.recommendation = recommendation;
            scorecard.recommendation = recommendation;
        }
        amendment.persist();
        audit.record(AuditAction.SCORECARD_AMENDED, AuditLog.SCORECARD, scorecard.id);
        return amendment;
    }

    /**
     * Whether the current user may see other interviewers' scorecards for the application: never while they still
     * owe a scorecard for one of its interviews; otherwise recruiters, admins and the vacancy's hiring manager always,
     * and other interviewers once they have submitted theirs.
     */
    private boolean seesOthers(Application application) {
        Long me = currentUser.getId();
        if (owesScorecard(application.id, me)) {
            return false;
        }
        boolean managesVacancy = application.vacancy.hiringManager != null && me.equals(application.vacancy.hiringManager.id);
        return currentUser.canManageVacancies() || managesVacancy || Scorecard.anySubmittedBy(application.id, me);
    }

    /** On the panel of an interview of the application that is not called off, without a submitted scorecard for it. */
    static boolean owesScorecard(long applicationId, Long userId) {
        return !Interview.applicationsOwingScorecard(ApplicationScope.ids(List.of(applicationId)), userId).isEmpty();
    }

    /**
     * The scorecards of an application the current user may see (their own always, others' submitted ones when
     * {@link #seesOthers}), side by side. The application comes checked from {@link Interviews#application}.
     */
    public Aggregate aggregate(Application application) {
        boolean others = seesOthers(application);
        Long me = currentUser.getId();
        List<Scorecard> scorecards = Scorecard.forApplication(application.id).stream()
                .filter(s -> s.interviewer.id.equals(me) || others && s.isSubmitted()).toList();
        List<Scorecard> submitted = scorecards.stream().filter(Scorecard::isSubmitted).toList();
        Map<Long, Set<Long>> asked = competenciesAsked(submitted.stream().map(s -> s.interview.id).collect(Collectors.toSet()));
        List<Row> rows = new ArrayList<>();
        for (Competency competency : interviews.kit(application.vacancy.id)) {
            List<Score> scores = submitted.stream().map(s -> new Score(s.competencyRating(competency.id),
                    !asked.containsKey(s.interview.id) || asked.get(s.interview.id).contains(competency.id))).toList();
            List<Integer> given = scores.stream().map(Score::rating).filter(Objects::nonNull).toList();
            Double mean = given.isEmpty() ? null : given.stream().mapToInt(Integer::intValue).average().orElseThrow();
            Integer spread = given.size() < 2 ? null
                    : given.stream().mapToInt(Integer::intValue).max().orElseThrow() - given.stream().mapToInt(Integer::intValue).min().orElseThrow();
            rows.add(new Row(competency, scores, mean, spread));
        }
        return new Aggregate(scorecards, rows, !others);
    }

    /** Per interview with chosen questions, the competencies it asks about; interviews using the whole kit are absent. */
    private static Map<Long, Set<Long>> competenciesAsked(Set<Long> interviewIds) {
        Map<Long, List<Long>> chosen = Interview.questionIdsOf(interviewIds);
        Map<Long, Long> competencyOf = InterviewQuestion.withCompetency(chosen.values().stream().flatMap(List::stream).toList()).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q.competency.id));
        Map<Long, Set<Long>> asked = new HashMap<>();
        chosen.forEach((interview, questions) -> asked.put(interview,
                questions.stream().map(competencyOf::get).filter(Objects::nonNull).collect(Collectors.toSet())));
        return asked;
    }

    /**
     * Notes of these scorecards by scorecard, opened, for the assessment page and the candidate's copy: one read of keys
     * whatever their number.
     */
    @Transactional(TxType.MANDATORY)
    public Map<Long, List<NoteText>> notes(List<Scorecard> scorecards) {
        List<ScorecardNote> stored = ScorecardNote.forScorecards(scorecards.stream().map(s -> s.id).toList());
        CandidateKeys.Opener opener = keys.opener(stored.stream().map(note -> note.candidate.id).toList());
        return stored.stream().collect(Collectors.groupingBy(note -> note.scorecard.id, Collectors.mapping(note -> open(opener, note),
                Collectors.toList())));
    }

    /** Corrections of these scorecards by scorecard, oldest first, their reasons opened (see {@link #notes}). */
    @Transactional(TxType.MANDATORY)
    public Map<Long, List<AmendmentText>> amendments(List<Scorecard> scorecards) {
        List<ScorecardAmendment> stored = ScorecardAmendment.forScorecards(scorecards.stream().map(s -> s.id).toList());
        CandidateKeys.Opener opener = keys.opener(stored.stream().map(amendment -> amendment.candidate.id).toList());
        return stored.stream().collect(Collectors.groupingBy(amendment -> amendment.scorecard.id,
                Collectors.mapping(amendment -> open(opener, amendment), Collectors.toList())));
    }

    /** Every correction of a scorecard about the candidate, its reason opened. */
    @Transactional(TxType.MANDATORY)
    public List<AmendmentText> amendments(long candidateId) {
        CandidateKeys.Opener opener = keys.opener(List.of(candidateId));
        return ScorecardAmendment.listForCandidate(candidateId).stream().map(amendment -> open(opener, amendment)).toList();
    }

    /** The note as the interviewer wrote it. */
    @Transactional(TxType.MANDATORY)
    public NoteText text(ScorecardNote note) {
        return open(keys.opener(List.of(note.candidate.id)), note);
    }

    /** The correction with its reason as the interviewer wrote it. */
    @Transactional(TxType.MANDATORY)
    public AmendmentText text(ScorecardAmendment amendment) {
        return open(keys.opener(List.of(amendment.candidate.id)), amendment);
    }

    /**
     * Gives the duplicate's notes and corrections to the kept candidate, sealed again under the kept candidate's key: the
     * duplicate's key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    public void moveTexts(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        for (ScorecardNote note : ScorecardNote.listForCandidate(duplicateId)) {
            note.situation = keys.reseal(duplicateId, keptId, note.situation);
            note.task = keys.reseal(duplicateId, keptId, note.task);
            note.action = keys.reseal(duplicateId, keptId, note.action);
            note.result = keys.reseal(duplicateId, keptId, note.result);
            note.notes = keys.reseal(duplicateId, keptId, note.notes);
            note.candidate = kept;
        }
        for (ScorecardAmendment amendment : ScorecardAmendment.listForCandidate(duplicateId)) {
            amendment.reason = keys.reseal(duplicateId, keptId, amendment.reason);
            amendment.candidate = kept;
        }
        // Written now, before the merge deletes the duplicate and its rows with it.
        ScorecardNote.flush();
    }

    /**
     * Encrypts up to {@code limit} notes and up to {@code limit} corrections stored before they were sealed (V36 listed
     * them and kept their text as UTF-8 bytes). Returns how many.
     */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        int notes = ScorecardNote.sealListed(limit, id -> {
            ScorecardNote note = ScorecardNote.findById(id);
            if (note == null) {
                return; // gone since it was listed
            }
            long candidateId = note.candidate.id;
            note.situation = keys.sealIfPlain(candidateId, note.situation);
            note.task = keys.sealIfPlain(candidateId, note.task);
            note.action = keys.sealIfPlain(candidateId, note.action);
            note.result = keys.sealIfPlain(candidateId, note.result);
            note.notes = keys.sealIfPlain(candidateId, note.notes);
        });
        int amendments = ScorecardAmendment.sealListed(limit, id -> {
            ScorecardAmendment amendment = ScorecardAmendment.findById(id);
            if (amendment == null) {
                return; // gone since it was listed
            }
            amendment.reason = keys.sealIfPlain(amendment.candidate.id, amendment.reason);
        });
        return notes + amendments;
    }

    private static NoteText open(CandidateKeys.Opener opener, ScorecardNote note) {
        long candidateId = note.candidate.id;
        return new NoteText(note.questionId, opener.text(candidateId, note.situation), opener.text(candidateId, note.task),
                opener.text(candidateId, note.action), opener.text(candidateId, note.result), opener.text(candidateId, note.notes));
    }

    private static AmendmentText open(CandidateKeys.Opener opener, ScorecardAmendment amendment) {
        return new AmendmentText(amendment.competencyId, amendment.previousRating, amendment.rating, amendment.previousRecommendation,
                amendment.recommendation, opener.text(amendment.candidate.id, amendment.reason), amendment.createdAt);
    }

    /** The interview with its application, or 404 once the candidate is purged. */
    private static Interview withCandidate(long interviewId) {
        return Interview.withApplication(interviewId).filter(found -> found.application.candidate != null)
                .orElseThrow(NotFoundException::new);
    }

    private Interview interviewerOf(long interviewId) {
        Interview interview = withCandidate(interviewId);
        if (!interview.hasInterviewer(currentUser.getId())) {
            throw new ForbiddenException();
        }
        if (interview.status == InterviewStatus.CANCELLED) {
            throw new RuleViolation("interview-cancelled", "Interview " + interviewId + " was cancelled");
        }
        return interview;
    }

    /**
     * Starts the interviewer's scorecard on first opening. Two first openings at the same moment (two tabs, a double tap)
     * both try: the row is made in a transaction of its own, so the one that loses to the unique (interview, interviewer)
     * key fails there alone and then reads the winner's row, instead of failing the page.
     */
    private Scorecard start(Interview interview) {
        long interviewId = interview.id;
        long applicationId = interview.application.id;
        long interviewerId = currentUser.getId();
        Instant now = Instant.now(clock);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Scorecard scorecard = new Scorecard();
                scorecard.interview = Interview.getEntityManager().getReference(Interview.class, interviewId);
                scorecard.application = Application.getEntityManager().getReference(Application.class, applicationId);
                scorecard.interviewer = AppUser.getEntityManager().getReference(AppUser.class, interviewerId);
                scorecard.status = ScorecardStatus.DRAFT;
                scorecard.createdAt = now;
                scorecard.persistAndFlush();
            });
        } catch (PersistenceException | QuarkusTransactionException lostTheRace) {
            if (Scorecard.of(interviewId, interviewerId).isEmpty()) {
                throw lostTheRace;
            }
        }
        return Scorecard.of(interviewId, interviewerId).orElseThrow();
    }

    private Sheet sheet(Interview interview, Scorecard scorecard) {
        Hibernate.initialize(scorecard.ratings);
        List<ChosenCompetency> kit = interviews.chosen(interview);
        Map<Long, NoteText> notes = new HashMap<>();
        notes(List.of(scorecard)).getOrDefault(scorecard.id, List.of()).forEach(note -> notes.put(note.questionId(), note));
        NoteText general = notes.remove(null);
        return new Sheet(interview, kit, scorecard, notes, general, amendments(List.of(scorecard)).getOrDefault(scorecard.id, List.of()));
    }

    private static Map<Long, ScorecardNote> notesByQuestion(Scorecard scorecard) {
        Map<Long, ScorecardNote> notes = new HashMap<>();
        ScorecardNote.forScorecards(List.of(scorecard.id)).forEach(note -> notes.put(note.questionId, note));
        return notes;
    }

    /**
     * Writes the interviewer's texts on one scorecard, sealed under the candidate's key. A text that did not change keeps
     * its sealed bytes: an autosave every few seconds rewrites only what was typed.
     */
    private final class Writer {

        private final Scorecard scorecard;
        private final long candidateId;
        private final CandidateKeys.Opener opener;

        Writer(Scorecard scorecard) {
            this.scorecard = scorecard;
            this.candidateId = scorecard.application.candidate.id;
            this.opener = keys.opener(List.of(candidateId));
        }

        void keepNote(ScorecardNote note, long questionId, Answer answer) {
            if (answer == null || answer.situation() == null && answer.task() == null && answer.action() == null && answer.result() == null) {
                if (note != null) {
                    note.delete();
                }
                return;
            }
            ScorecardNote kept = note != null ? note : newNote(questionId);
            kept.situation = sealed(kept.situation, answer.situation());
            kept.task = sealed(kept.task, answer.task());
            kept.action = sealed(kept.action, answer.action());
            kept.result = sealed(kept.result, answer.result());
        }

        void keepGeneralNote(ScorecardNote note, String text) {
            if (text == null) {
                if (note != null) {
                    note.delete();
                }
                return;
            }
            ScorecardNote kept = note != null ? note : newNote(null);
            kept.notes = sealed(kept.notes, text);
        }

        private byte[] sealed(byte[] stored, String text) {
            if (CandidateKeys.isSealed(stored) && Objects.equals(opener.text(candidateId, stored), text)) {
                return stored;
            }
            return keys.encryptText(candidateId, text);
        }

        private ScorecardNote newNote(Long questionId) {
            ScorecardNote note = new ScorecardNote();
            note.candidate = scorecard.application.candidate;
            note.scorecard = scorecard;
            note.questionId = questionId;
            note.persist();
            return note;
        }
    }
}
