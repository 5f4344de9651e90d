package nl.werving.automation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.messaging.MessageTemplate;
import nl.werving.pipeline.Stage;

/** One action a vacancy's stage runs for each application that enters it, after its delay. */
@Entity
public class StageAutomation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public AutomationAction action;

    @Enumerated(EnumType.STRING)
    public AutomationDelay delayKind;

    /** For {@link AutomationDelay#HOURS}. */
    public Integer delayHours;

    /** For {@link AutomationAction#SEND_TEMPLATE}. */
    @ManyToOne(fetch = FetchType.LAZY)
    public MessageTemplate messageTemplate;

    /** Who last saved it: the sender of its messages and the requester of its reference checks. */
    public Long createdBy;

    public Instant updatedAt;

    @Version
    public long version;

    /** A vacancy's automations with their stage and template, in stage order. */
    public static List<StageAutomation> listForVacancy(long vacancyId) {
        return find("select a from StageAutomation a join fetch a.stage s left join fetch a.messageTemplate where s.vacancy.id = ?1",
                Sort.by("s.sortOrder").and("a.id"), vacancyId).list();
    }

    public static List<StageAutomation> listForStage(long stageId) {
        return list("stage.id", Sort.by("id"), stageId);
    }

    public Instant dueAfter(Instant enteredAt) {
        return delayKind.dueAfter(enteredAt, delayHours);
    }
}
