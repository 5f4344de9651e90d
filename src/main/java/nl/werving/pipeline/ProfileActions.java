package nl.werving.pipeline;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * What the profile offers for each running application: the stages to move it to, and the candidates before and after it
 * in the same stage of the same vacancy, in the board's order (longest waiting first). A profile has few applications,
 * so a few small queries each.
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
        return applications.stream().filter(a -> a.status() == ApplicationStatus.ACTIVE).map(a -> {
            Application application = Application.findById(a.id());
            Stage stage = application.stage;
            Optional<StageNeighbour> previous = Application.neighbourInStage(application, true);
            Optional<StageNeighbour> next = Application.neighbourInStage(application, false);
            return new Action(a.id(), a.vacancyId(), a.vacancyTitle(), application.version, stage.id, stage.name,
                    Stage.listForVacancy(a.vacancyId()), previous.orElse(null), next.orElse(null));
        }).toList();
    }
}
