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

/**
 * A role-play scored on the six fixed criteria (1–5), with duration and verdict: anonymous facts, kept for reports.
 * The assessor's notes are personal data and live in {@link RoleplayNote}.
 */
@Entity
public class RoleplayResult extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    public RoleplayScenario scenario;

    @ManyToOne(fetch = FetchType.LAZY)
    public AppUser assessor;

    public int durationMinutes;
    public int tone;
    public int wordChoice;
    public int patience;
    public int listening;
    public int deEscalation;
    public int solution;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public Instant createdAt;

    public static List<RoleplayResult> forApplication(long applicationId) {
        return find("""
                select r from RoleplayResult r join fetch r.scenario join fetch r.assessor
                where r.application.id = ?1 order by r.createdAt desc""", applicationId).list();
    }

    /** The six criteria in the order of the form. */
    public List<Integer> scores() {
        return List.of(tone, wordChoice, patience, listening, deEscalation, solution);
    }

    public double mean() {
        return scores().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** The role-plays of the candidate's applications with scenario, assessor and vacancy, oldest first. */
    static List<RoleplayResult> listForCandidate(long candidateId) {
        return find("""
                select r from RoleplayResult r join fetch r.scenario join fetch r.assessor join fetch r.application a join fetch a.vacancy
                where a.candidate.id = ?1 order by r.createdAt, r.id""", candidateId).list();
    }
}
