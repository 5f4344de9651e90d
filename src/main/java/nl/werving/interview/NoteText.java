package nl.werving.interview;

/**
 * A {@link ScorecardNote} opened: what the candidate told about a question as Situation, Task, Action, Result, or
 * ({@code questionId} null) the interviewer's general notes.
 */
public record NoteText(Long questionId, String situation, String task, String action, String result, String notes) {
}
