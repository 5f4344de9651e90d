package nl.werving.roleplay;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.CandidateService;
import nl.werving.identity.ColleagueRoles;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/** The candidate's role-plays with the score per criterion, the verdict and the notes, and their practical tests; assessors by role. */
@ApplicationScoped
public class RoleplayPrivacy implements PrivacyPart {

    private final CandidateService candidates;
    private final Roleplays roleplays;

    public RoleplayPrivacy(CandidateService candidates, Roleplays roleplays) {
        this.candidates = candidates;
        this.roleplays = roleplays;
    }

    @Override
    public PersonalData export(long candidateId) {
        String language = candidates.languageOf(candidateId);
        List<RoleplayResult> results = RoleplayResult.listForCandidate(candidateId);
        Map<Long, String> notes = roleplays.notes(results);
        ColleagueRoles roles = ColleagueRoles.assessors(language);
        return PersonalData.of(
                section(70, "rolePlays", results.stream().map(r -> row("vacancy", r.application.vacancy.title,
                        "scenario", r.scenario.title.in(language), "at", r.createdAt, "minutes", r.durationMinutes,
                        "assessor", roles.of(r.assessor, r.application.vacancy.hiringManager),
                        "scores", row("tone", r.tone, "wordChoice", r.wordChoice, "patience", r.patience, "listening", r.listening,
                                "deEscalation", r.deEscalation, "solution", r.solution),
                        "verdict", r.verdict.name(), "notes", notes.containsKey(r.id) ? List.of(notes.get(r.id)) : List.of())).toList()),
                section(72, "practicalTests", PracticalTest.listForCandidate(candidateId).stream().map(t -> row(
                        "vacancy", t.application.vacancy.title, "test", t.kind.name(), "at", t.createdAt,
                        "assessor", roles.of(t.assessor, t.application.vacancy.hiringManager),
                        "language", t.language == null ? null : t.language.name(),
                        "level", t.cefrLevel == null ? null : t.cefrLevel.name(), "wordsPerMinute", t.wordsPerMinute,
                        "accuracyPercent", t.accuracyPercent, "outcome", t.outcome == null ? null : t.outcome.name())).toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        roleplays.moveNotes(duplicateId, keptId);
    }
}
