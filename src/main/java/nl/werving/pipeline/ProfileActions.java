package nl.werving.pipeline;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * What the profile offers for each running application: the stages to move it to, and the candidates before and after it
 * in the same stage of the same vacancy, in the board's order (longest waiting first). Three queries however many
 * applications the candidate has.
 */
@Named("profileActions")
@ApplicationScoped
public class ProfileActions {

    /** One running application on the profile. */
    public record Action(long applicationId, long vacancyId, String vacancyTitle, long version, long stageId, String stageName,
            List<Stage> stages, StageNeighbour previous, StageNeighbour next) {
    }

    /** The applications of {@code applications} (already those the user may see) that are still running. */
    @Transactional
    public List<Action> of(List<ProfileApplication> applications) {
        List<ProfileApplication> running = applications.stream().filter(a -> a.status() == ApplicationStatus.ACTIVE).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<Long, Application> loaded = Application.findWithStages(running.stream().map(ProfileApplication::id).toList());
        Map<Long, StageNeighbours> neighbours = Application.neighboursInStage(loaded.values());
        Map<Long, List<Stage>> stages = Stage.listForVacancies(running.stream().map(ProfileApplication::vacancyId).toList());
        return running.stream().map(a -> {
            Application application = loaded.get(a.id());
            StageNeighbours around = neighbours.getOrDefault(a.id(), StageNeighbours.NONE);
            return new Action(a.id(), a.vacancyId(), a.vacancyTitle(), application.version, application.stage.id,
                    application.stage.name, stages.getOrDefault(a.vacancyId(), List.of()), around.previous(), around.next());
        }).toList();
    }
}
