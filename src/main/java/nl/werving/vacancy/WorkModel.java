package nl.werving.vacancy;

import io.quarkus.qute.TemplateEnum;

/** Where the work is done. */
@TemplateEnum
public enum WorkModel {
    ON_SITE, HYBRID, REMOTE
}
