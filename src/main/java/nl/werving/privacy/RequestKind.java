package nl.werving.privacy;

import io.quarkus.qute.TemplateEnum;

/** What a candidate asked for in a request by mail. */
@TemplateEnum
public enum RequestKind {
    /** A copy of everything held about them. */
    EXPORT,
    ERASURE
}
