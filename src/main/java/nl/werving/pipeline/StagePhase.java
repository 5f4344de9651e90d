package nl.werving.pipeline;

import io.quarkus.qute.TemplateEnum;

/**
 * What a stage means for the candidate, whatever the recruiter calls it: the status page speaks in
 * phases ("we are reviewing your application"), not in internal stage names.
 */
@TemplateEnum
public enum StagePhase {
    RECEIVED, IN_REVIEW, INTERVIEWS, OFFER, HIRED
}
