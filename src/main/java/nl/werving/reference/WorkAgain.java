package nl.werving.reference;

import io.quarkus.qute.TemplateEnum;

/** The referee's answer to "would you work with them again?". */
@TemplateEnum
public enum WorkAgain {
    YES,
    DOUBT,
    NO
}
