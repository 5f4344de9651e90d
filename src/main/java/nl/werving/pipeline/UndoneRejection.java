package nl.werving.pipeline;

/** What undoing one rejection did: restored, or refused because the rejection mail had been sent. */
public record UndoneRejection(long applicationId, String candidateName, boolean restored) {
}
