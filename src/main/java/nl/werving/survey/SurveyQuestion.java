package nl.werving.survey;

import java.util.Locale;

import io.quarkus.qute.TemplateEnum;

/** The three fixed statements a candidate scores from 1 (disagree) to 5 (agree); the form field is the lower-case name. */
@TemplateEnum
public enum SurveyQuestion {
    CLARITY, SPEED, RESPECT;

    public String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
