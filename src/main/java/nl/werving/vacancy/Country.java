package nl.werving.vacancy;

import io.quarkus.qute.TemplateEnum;

/** Countries Werving hires in. */
@TemplateEnum
public enum Country {
    NL, BE
}
