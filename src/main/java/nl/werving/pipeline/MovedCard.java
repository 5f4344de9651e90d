package nl.werving.pipeline;

import java.util.List;
import java.util.Map;

/**
 * The answer to a drag on the board: the moved card as it is now ({@code null} once the application has ended),
 * the vacancy's stages for the card's menu, and the active count of each column the move touched, by stage id.
 */
public record MovedCard(BoardCard card, List<Stage> stages, Map<Long, Long> counts) {
}
