package nl.werving.reference;

import io.quarkus.qute.TemplateEnum;

/**
 * The questionnaire's topics, each tied to a competency of the default interview kit, so referees are asked about
 * what the vacancy selects on and the findings sit beside the interview scores.
 */
@TemplateEnum
public enum ReferenceTopic {
    WORK_ATTITUDE("Regie en structuur"),
    RELIABILITY("Opvolging en afronding"),
    COLLABORATION("Samenwerking"),
    PRESSURE("Stressbestendigheid"),
    CUSTOMER_HANDLING("Klantgerichtheid en empathie");

    /** The Dutch name of the kit competency the topic speaks to. */
    public final String competency;

    ReferenceTopic(String competency) {
        this.competency = competency;
    }
}
