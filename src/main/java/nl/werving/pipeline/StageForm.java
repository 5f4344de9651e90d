package nl.werving.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.pipeline.StageService.StageRow;

/** The stage editor as posted: one row per stage (parallel lists), new rows without id, and ticked removals. */
public class StageForm {

    /** Blank rows offered for new stages. */
    static final int NEW_ROWS = 3;

    @RestForm
    public List<String> stageId = new ArrayList<>();

    @RestForm
    public List<String> stageName = new ArrayList<>();

    @RestForm
    public List<StagePhase> stagePhase = new ArrayList<>();

    @RestForm
    public List<String> stageOrder = new ArrayList<>();

    @RestForm
    public List<Long> remove = new ArrayList<>();

    /** For templates. */
    @RestForm
    public String name;

    @RestForm
    public Long version;

    public List<StageRow> rows() {
        List<StageRow> rows = new ArrayList<>();
        for (int i = 0; i < stageName.size(); i++) {
            rows.add(new StageRow(number(at(stageId, i)), stageName.get(i), i < stagePhase.size() ? stagePhase.get(i) : null,
                    number(at(stageOrder, i)) == null ? 1000 + i : number(at(stageOrder, i)).intValue()));
        }
        return rows;
    }

    /** A problem with the rows: a name too long, or a named row without a phase. */
    public boolean isValid() {
        return rows().stream().allMatch(row -> row.name() == null || row.name().isBlank()
                || (row.name().strip().length() <= 60 && row.phase() != null));
    }

    /** The rows as the editor shows them: the stages given, then blank rows for new ones. */
    public static List<StageRow> editorRows(List<StageRow> rows) {
        List<StageRow> shown = new ArrayList<>(rows);
        for (int i = 0; i < NEW_ROWS; i++) {
            shown.add(new StageRow(null, "", StagePhase.INTERVIEWS, rows.size() + i + 1));
        }
        return shown;
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
