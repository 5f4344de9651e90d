package nl.werving.pipeline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One stage of a template. */
@Entity
@Table(name = "stage_template_stage")
public class TemplateStage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public StageTemplate template;

    public int sortOrder;

    public String name;

    /** Copied to the stage: {@link Stage#nameEn}. */
    public String nameEn;

    /** Copied to the stage: {@link Stage#nameFr}. */
    public String nameFr;

    @Enumerated(EnumType.STRING)
    public StagePhase phase;

    /** Working days a candidate may wait in the copied stage; {@code null}: the careers site's promise. */
    public Integer timeLimitDays;
}
