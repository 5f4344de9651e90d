package nl.werving.survey;

import java.security.SecureRandom;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.vacancy.Vacancy;

/**
 * One answered survey, anonymous by construction: the vacancy, how the application ended and the month, never the
 * candidate, the application or the moment. The id is random: a sequence would tell who answered before whom.
 */
@Entity
public class SurveyResponse extends PanacheEntityBase {

    private static final SecureRandom IDS = new SecureRandom();

    @Id
    public long id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus outcome;

    /** The first day of the month the answer came in. */
    public LocalDate answeredMonth;

    /** How likely the candidate is to recommend applying here, 0–10. */
    public int nps;

    /** "I always knew where I stood", 1–5. */
    public int clarity;

    /** "The process was quick enough", 1–5. */
    public int speed;

    /** "I was treated with respect", 1–5. */
    public int respect;

    public String comment;

    /** A new answer under a random id, not yet persisted. */
    public static SurveyResponse of(Vacancy vacancy, ApplicationStatus outcome, LocalDate answeredMonth, int nps, int clarity,
            int speed, int respect, String comment) {
        SurveyResponse response = new SurveyResponse();
        response.id = IDS.nextLong() & Long.MAX_VALUE;
        response.vacancy = vacancy;
        response.outcome = outcome;
        response.answeredMonth = answeredMonth.withDayOfMonth(1);
        response.nps = nps;
        response.clarity = clarity;
        response.speed = speed;
        response.respect = respect;
        response.comment = comment;
        return response;
    }
}
