package nl.werving.interview;

import io.quarkus.qute.TemplateEnum;

@TemplateEnum
public enum ScorecardStatus {
    DRAFT,
    SUBMITTED
}
