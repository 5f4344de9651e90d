package nl.werving.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.booking.Slot;
import nl.werving.booking.SlotKind;
import nl.werving.booking.SlotStatus;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.PipelineService;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;

/**
 * Exists only in the benchmark build (bench/booking.sh): invented candidates in a vacancy's third stage and one group
 * session with a number of seats for them, so many candidates can race for few seats. Answers one line per candidate:
 * the path of their booking page, then the slot's id on the first line.
 */
@IfBuildProfile("bench")
@Path("/api/bench/vacancies/{id}/booking-seed")
@RolesAllowed(Roles.ADMIN)
public class BenchmarkBookingSeed {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CandidateService candidates;
    private final PipelineService pipeline;
    private final VacancyService vacancies;
    private final CurrentUser currentUser;

    public BenchmarkBookingSeed(CandidateService candidates, PipelineService pipeline, VacancyService vacancies,
            CurrentUser currentUser) {
        this.candidates = candidates;
        this.pipeline = pipeline;
        this.vacancies = vacancies;
        this.currentUser = currentUser;
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String seed(@RestPath long id, @RestQuery int count, @RestQuery int seats) {
        Vacancy vacancy = vacancies.get(id);
        long stageId = Stage.listForVacancy(id).get(2).id;
        long userId = currentUser.getId();
        long slotId = QuarkusTransaction.requiringNew().call(() -> {
            Slot slot = new Slot();
            slot.vacancy = Vacancy.findById(id);
            slot.stage = Stage.findById(stageId);
            slot.kind = SlotKind.GROUP_SESSION;
            slot.startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
            slot.durationMinutes = 90;
            slot.location = "Stationsplein 12, Utrecht";
            slot.capacity = seats;
            slot.status = SlotStatus.OPEN;
            slot.calendarUid = UUID.randomUUID() + "@werving";
            slot.createdBy = userId;
            slot.createdAt = Instant.now();
            slot.persist();
            return slot.id;
        });
        List<String> lines = new ArrayList<>();
        lines.add(String.valueOf(slotId));
        long run = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Candidate candidate = candidates.create("Kandidaat " + i, "boek." + run + "." + i + "@voorbeeld.nl", null, DUTCH);
                Application application = pipeline.open(vacancy, candidate, SourceChannel.SITE, null);
                application.stage = Stage.getEntityManager().getReference(Stage.class, stageId);
                lines.add("/status/" + candidates.issueStatusToken(candidate) + "/applications/" + application.id + "/booking");
            }
        });
        return String.join("\n", lines) + "\n";
    }
}
