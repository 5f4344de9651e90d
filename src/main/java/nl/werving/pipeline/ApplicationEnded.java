package nl.werving.pipeline;

/** An application has ended (rejected, withdrawn, hired): what was still planned for it is called off. */
public record ApplicationEnded(long applicationId, ApplicationStatus outcome) {
}
