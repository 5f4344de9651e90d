package nl.werving.screening;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;
import nl.werving.pipeline.Application;

/**
 * A candidate's answer to one screening question, with the question as they read it: personal data, deleted with the
 * candidate (cascade) and part of their export.
 */
@Entity
public class ScreeningAnswer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public ScreeningQuestion question;

    public String questionText;

    /**
     * The answer as the candidate read it on the form, sealed under the candidate's key; read it through
     * {@link ScreeningService#answerTexts}. The question is the recruiter's, not personal, and stays plain.
     */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] answer;

    public Instant answeredAt;

    public static List<ScreeningAnswer> listForCandidate(long candidateId) {
        return list("select a from ScreeningAnswer a join fetch a.application ap join fetch ap.vacancy where a.candidate.id = ?1"
                + " order by a.answeredAt, a.id", candidateId);
    }

    public static List<ScreeningAnswer> listForApplication(long applicationId) {
        return list("application.id = ?1 order by id", applicationId);
    }

    /**
     * Answers stored before they were sealed (V38 listed them): for {@link ScreeningService#sealBacklog}.  Seals up to
     * {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("screening_answer_plain", "answer_id", limit, seal);
    }
}
