package nl.werving.interview;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;

/**
 * What the candidate told about a question, as Situation, Task, Action, Result, or ({@code questionId} null) the
 * interviewer's general notes. Free text about a person: part of the candidate aggregate, purged with it.
 */
@Entity
public class ScorecardNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Scorecard scorecard;

    public Long questionId;
    public String situation;
    public String task;
    public String action;
    public String result;
    public String notes;

    public static List<ScorecardNote> forScorecards(List<Long> scorecardIds) {
        return scorecardIds.isEmpty() ? List.of() : list("scorecard.id in ?1", scorecardIds);
    }

    public boolean isEmpty() {
        return isBlank(situation) && isBlank(task) && isBlank(action) && isBlank(result) && isBlank(notes);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
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
}
