package nl.werving.candidate;

import io.quarkus.qute.TemplateEnum;

/** The colours an admin may give a tag: each a badge style with enough contrast on white (WCAG AA). */
@TemplateEnum
public enum TagColour {
    GREY, BLUE, GREEN, ORANGE, RED, PURPLE
}
