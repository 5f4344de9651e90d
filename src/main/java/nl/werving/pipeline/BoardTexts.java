package nl.werving.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.werving.web.RequestLocale;

/**
 * The texts a board repeats on every card, rendered once per value for one request: a busy board shows 650 cards but
 * only a few dozen different "days in this stage" and seven sources, and each message is a small template of its own.
 */
@Named("boardTexts")
@RequestScoped
public class BoardTexts {

    private final Map<Long, String> days = new HashMap<>();
    private final Map<SourceChannel, String> sources = new EnumMap<>(SourceChannel.class);
    private PipelineMessages messages;

    @Inject
    RequestLocale locale;

    @Inject
    Clock clock;

    private Instant now;

    /** "5 dagen in deze fase", counted from the moment of this request. */
    public String days(BoardCard card) {
        if (now == null) {
            now = Instant.now(clock);
        }
        return days(card.daysInStage(now));
    }

    public String days(long count) {
        return days.computeIfAbsent(count, d -> messages().daysInStage(d));
    }

    public String source(SourceChannel source) {
        return sources.computeIfAbsent(source, s -> messages().source(s));
    }

    private PipelineMessages messages() {
        if (messages == null) {
            messages = locale.bundle(PipelineMessages.class);
        }
        return messages;
    }
}
