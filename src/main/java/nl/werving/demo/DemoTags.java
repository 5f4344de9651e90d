package nl.werving.demo;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import nl.werving.candidate.CandidateTags;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagColour;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.profile.SavedSearch;

/**
 * The team's tags on the demo candidates, a free tag, and a search the recruiter shares: after the other demo data,
 * once, when there are no tags yet.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoTags {

    private final DemoConfig config;
    private final CandidateTags tags;
    private final Clock clock;

    DemoTags(DemoConfig config, CandidateTags tags, Clock clock) {
        this.config = config;
        this.tags = tags;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent start) {
        if (!config.enabled() || Tag.count() > 0) {
            return;
        }
        List<Long> candidates = Application.<Application> findAll(Sort.by("id")).stream()
                .filter(application -> application.candidate != null).map(application -> application.candidate.id).distinct().toList();
        if (candidates.isEmpty()) {
            return;
        }
        Long recruiter = AppUser.findByUsername("recruiter").map(user -> user.id).orElse(null);
        tags.create("Spreekt Frans", TagColour.BLUE);
        tags.create("Nachtdienst", TagColour.PURPLE);
        tags.create("Toptalent", TagColour.GREEN);
        tags.create("Terugbellen", TagColour.ORANGE);
        tags.create("Eerder gesolliciteerd", TagColour.GREY);
        tags.tag(every(candidates, 3, 0), "Spreekt Frans", recruiter);
        tags.tag(every(candidates, 5, 1), "Nachtdienst", recruiter);
        tags.tag(every(candidates, 7, 2), "Toptalent", recruiter);
        tags.tag(every(candidates, 4, 3), "Terugbellen", recruiter);
        tags.tag(List.of(candidates.get(0)), "Wil alleen ochtenden", recruiter);
        if (recruiter != null) {
            SavedSearch shared = new SavedSearch();
            shared.ownerId = recruiter;
            shared.name = "Franstalig, nog in procedure";
            shared.query = "status=ACTIVE&tag=Spreekt+Frans";
            shared.shared = true;
            shared.createdAt = clock.instant();
            shared.persist();
        }
    }

    private static List<Long> every(List<Long> ids, int step, int offset) {
        return IntStream.range(0, ids.size()).filter(i -> i % step == offset).mapToObj(ids::get).toList();
    }
}
