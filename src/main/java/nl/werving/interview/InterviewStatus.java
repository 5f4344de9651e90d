package nl.werving.interview;

import io.quarkus.qute.TemplateEnum;

@TemplateEnum
public enum InterviewStatus {
    SCHEDULED,
    CANCELLED
}
