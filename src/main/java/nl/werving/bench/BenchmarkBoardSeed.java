package nl.werving.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.Roles;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.PipelineService;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;

/**
 * Exists only in the benchmark build (bench/run.sh): fills a vacancy's board with invented candidates,
 * spread over the stages like a busy intake (most in the first stages), so the board can be timed at scale.
 */
@IfBuildProfile("bench")
@Path("/api/bench/vacancies/{id}/board-seed")
@RolesAllowed(Roles.ADMIN)
public class BenchmarkBoardSeed {

    private static final int BATCH = 250;
    private static final List<String> FIRST = List.of("Anouk", "Bram", "Chaima", "Daan", "Elif", "Floor", "Gerrit", "Hanna",
            "Ilias", "Joke", "Kees", "Lotte", "Mehmet", "Noor", "Otto", "Priya", "Quinten", "Roos", "Sem", "Tess");
    private static final List<String> LAST = List.of("Aalbers", "Bosman", "Claes", "Dekker", "Everaert", "Franssen", "Goossens",
            "Hendriks", "Jacobs", "Kuipers", "Lemmens", "Mertens", "Nijland", "Ooms", "Peeters", "Ramdin", "Smits", "Timmer",
            "Verbeke", "Wouters", "Yildiz", "Zwart");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** Share of the candidates per stage, first stage first, in tenths of a percent. */
    private static final int[] SPREAD = { 400, 200, 150, 100, 75, 50, 25 };

    private final CandidateService candidates;
    private final PipelineService pipeline;
    private final VacancyService vacancies;

    public BenchmarkBoardSeed(CandidateService candidates, PipelineService pipeline, VacancyService vacancies) {
        this.candidates = candidates;
        this.pipeline = pipeline;
        this.vacancies = vacancies;
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String seed(@RestPath long id, @RestQuery int count) {
        Vacancy vacancy = vacancies.get(id);
        List<Long> stageIds = Stage.listForVacancy(id).stream().map(stage -> stage.id).toList();
        long run = System.nanoTime();
        for (int start = 0; start < count; start += BATCH) {
            int from = start;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = from; i < Math.min(from + BATCH, count); i++) {
                    String name = FIRST.get(i % FIRST.size()) + " " + LAST.get(i / FIRST.size() % LAST.size());
                    var candidate = candidates.create(name, "bord." + run + "." + i + "@voorbeeld.nl", null, DUTCH);
                    Application application = pipeline.open(vacancy, candidate, SourceChannel.values()[i % 4], null);
                    application.stage = Stage.getEntityManager().getReference(Stage.class, stageIds.get(stageFor(i, count, stageIds.size())));
                    application.stageEnteredAt = Instant.now().minus(Duration.ofHours(i % 500));
                }
            });
        }
        return count + " applications\n";
    }

    private static int stageFor(int index, int count, int stages) {
        int permille = (int) (1000L * index / count);
        int sum = 0;
        for (int stage = 0; stage < SPREAD.length; stage++) {
            sum += SPREAD[stage];
            if (permille < sum) {
                return Math.min(stage, stages - 1);
            }
        }
        return Math.min(SPREAD.length - 1, stages - 1);
    }
}
