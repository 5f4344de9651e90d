package nl.werving.interview;

import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;

/**
 * What the candidate told about a question, as Situation, Task, Action, Result, or ({@code questionId} null) the
 * interviewer's general notes. Free text about a person: part of the candidate aggregate, purged with it, and each text
 * sealed under the candidate's key, UTF-8 inside; read and write them through {@link Scorecards} ({@link NoteText}).
 */
@Entity
public class ScorecardNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Scorecard scorecard;

    public Long questionId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] situation;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] task;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] action;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] result;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] notes;

    public static List<ScorecardNote> forScorecards(List<Long> scorecardIds) {
        return scorecardIds.isEmpty() ? List.of() : list("scorecard.id in ?1", scorecardIds);
    }

    /** Some scorecard holds notes on the answer to this question. */
    public static boolean anyForQuestion(long questionId) {
        return count("questionId", questionId) > 0;
    }

    /** Some scorecard holds notes on the answer to one of this competency's questions. */
    public static boolean anyForCompetency(long competencyId) {
        return count("questionId in (select q.id from InterviewQuestion q where q.competency.id = ?1)", competencyId) > 0;
    }

    /** Every interview answer noted about the candidate. */
    public static List<ScorecardNote> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /**
     * Notes stored before they were sealed (V36 listed them): for {@link Scorecards#sealBacklog}.  Seals up to {@code
     * limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("scorecard_note_plain", "note_id", limit, seal);
    }
}
