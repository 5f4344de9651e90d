package nl.werving.pipeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.pipeline.StageService.StageRow;

/**
 * The stage editor as posted: one row per stage (parallel lists), new rows without id, and ticked removals. A stage
 * template also has a name; a vacancy's stages have none.
 */
@CompleteStageRows
@StageTimeLimits
public class StageForm {

    /** The checks of a stage template's editor on top of the rows'. */
    public interface OfTemplate {
    }

    /** Blank rows offered for new stages. */
    static final int NEW_ROWS = 3;

    @RestForm
    public List<String> stageId = new ArrayList<>();

    @RestForm
    public List<String> stageName = new ArrayList<>();

    /** The name for candidates who applied in English; blank for the Dutch name. */
    @RestForm
    public List<String> stageNameEn = new ArrayList<>();

    /** The name for candidates who applied in French; blank for the Dutch name. */
    @RestForm
    public List<String> stageNameFr = new ArrayList<>();

    @RestForm
    public List<StagePhase> stagePhase = new ArrayList<>();

    @RestForm
    public List<String> stageOrder = new ArrayList<>();

    /** Working days a candidate may wait in the stage; blank for the careers site's promise. */
    @RestForm
    public List<String> stageLimit = new ArrayList<>();

    @RestForm
    public List<Long> remove = new ArrayList<>();

    /** For templates. */
    @RestForm
    @NotBlank(groups = OfTemplate.class, message = "{stage.rows.incomplete}")
    public String name;

    @RestForm
    public Long version;

    public List<StageRow> rows() {
        List<StageRow> rows = new ArrayList<>();
        for (int i = 0; i < stageName.size(); i++) {
            rows.add(new StageRow(number(at(stageId, i)), stageName.get(i), at(stageNameEn, i), at(stageNameFr, i),
                    i < stagePhase.size() ? stagePhase.get(i) : null,
                    number(at(stageOrder, i)) == null ? 1000 + i : number(at(stageOrder, i)).intValue(), days(at(stageLimit, i))));
        }
        return rows;
    }

    /** The rows as the editor shows them: the stages given, then blank rows for new ones. */
    public static List<StageRow> editorRows(List<StageRow> rows) {
        List<StageRow> shown = new ArrayList<>(rows);
        for (int i = 0; i < NEW_ROWS; i++) {
            shown.add(new StageRow(null, "", StagePhase.INTERVIEWS, rows.size() + i + 1));
        }
        return shown;
    }

    /** The field of a row's time limit, as the editor names it and the message beside it. */
    public static String limitField(int row) {
        return "stageLimit-" + row;
    }

    /** A time limit as typed when it is a whole number (kept to show it again, even out of range), else {@code null}. */
    static Integer days(String value) {
        Long days = number(value);
        return days != null && Math.abs(days) < 1_000_000 ? days.intValue() : null;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
