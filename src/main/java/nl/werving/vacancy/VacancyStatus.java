package nl.werving.vacancy;

import io.quarkus.qute.TemplateEnum;

/** Where a vacancy is in its life; only OPEN vacancies are public. */
@TemplateEnum
public enum VacancyStatus {
    DRAFT, OPEN, ON_HOLD, CLOSED
}
