package nl.werving.roleplay;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;

/**
 * A practical test's result: a language at a CEFR level, typing speed and accuracy, or a trial day's outcome.
 * Numbers and levels only, so it stays after a purge.
 */
@Entity
public class PracticalTest extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @Enumerated(EnumType.STRING)
    public TestKind kind;

    @Enumerated(EnumType.STRING)
    public Language language;

    @Enumerated(EnumType.STRING)
    public LanguageLevel cefrLevel;

    public Integer wordsPerMinute;
    public Integer accuracyPercent;

    @Enumerated(EnumType.STRING)
    public TestOutcome outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    public AppUser assessor;

    public Instant createdAt;

    public static List<PracticalTest> forApplication(long applicationId) {
        return find("select t from PracticalTest t join fetch t.assessor where t.application.id = ?1 order by t.createdAt desc",
                applicationId).list();
    }

    /** The practical tests of the candidate's applications with assessor and vacancy, oldest first. */
    static List<PracticalTest> listForCandidate(long candidateId) {
        return find("""
                select t from PracticalTest t join fetch t.assessor join fetch t.application a join fetch a.vacancy
                where a.candidate.id = ?1 order by t.createdAt, t.id""", candidateId).list();
    }
}
