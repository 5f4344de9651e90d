package nl.werving.interview;

import io.quarkus.qute.TemplateEnum;

/** The interviewer's overall advice: no middle option, so everyone has to take a side. */
@TemplateEnum
public enum Recommendation {
    STRONG_NO,
    NO,
    YES,
    STRONG_YES
}
