package nl.werving.pipeline;

import java.util.List;
import java.util.Map;

import nl.werving.vacancy.Vacancy;

/** A vacancy's board: a column per stage with its active applications, and the outcomes so far. */
public record Board(Vacancy vacancy, List<Column> columns, Map<ApplicationStatus, Long> outcomes, long activeCount,
        BoardFilter filter) {

    /** A stage with its cards; with many applications only the first {@link #CARDS_SHOWN} are on the board. */
    public record Column(Stage stage, long count, List<BoardCard> cards) {
        public static final int CARDS_SHOWN = 100;

        public long hidden() {
            return count - cards.size();
        }
    }

    public List<Stage> stages() {
        return columns.stream().map(Column::stage).toList();
    }

    public long outcome(ApplicationStatus status) {
        return outcomes.getOrDefault(status, 0L);
    }

    /** The vacancy has as many hires as positions, and is not closed yet. */
    public boolean isFilled() {
        return outcome(ApplicationStatus.HIRED) >= vacancy.openings && vacancy.status != nl.werving.vacancy.VacancyStatus.CLOSED;
    }
}
