package nl.werving.automation;

import jakarta.validation.constraints.NotNull;

import org.jboss.resteasy.reactive.RestForm;

/**
 * One automation as the editor posts it. The rules that need the database (the stage is the vacancy's, the template
 * exists) are the service's; each refusal carries the name of the field it belongs beside.
 */
public class AutomationForm {

    @RestForm
    @NotNull(message = "{automation.stage.required}")
    public Long stageId;

    @RestForm
    @NotNull(message = "{automation.action.required}")
    public AutomationAction action;

    @RestForm
    public Long templateId;

    @RestForm
    @NotNull(message = "{automation.delay.required}")
    public AutomationDelay delay;

    /** As typed, so that "abc" or 1000 comes back beside the field instead of failing the request. */
    @RestForm
    public String delayHours;

    @RestForm
    public Long version;

    static AutomationForm of(StageAutomation automation) {
        AutomationForm form = new AutomationForm();
        form.stageId = automation.stage.id;
        form.action = automation.action;
        form.templateId = automation.messageTemplate == null ? null : automation.messageTemplate.id;
        form.delay = automation.delayKind;
        form.delayHours = automation.delayHours == null ? null : automation.delayHours.toString();
        form.version = automation.version;
        return form;
    }

    /** The hours as a whole number in range, else {@code null}. */
    Integer hours() {
        try {
            int hours = delayHours == null ? 0 : Integer.parseInt(delayHours.strip());
            return hours >= 1 && hours <= AutomationDelay.MAX_HOURS ? hours : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static AutomationForm forStage(Long stageId) {
        AutomationForm form = new AutomationForm();
        form.stageId = stageId;
        form.action = AutomationAction.SEND_TEMPLATE;
        form.delay = AutomationDelay.IMMEDIATELY;
        return form;
    }
}
