package nl.werving.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.qute.TemplateEnum;

/** Where a candidate found the vacancy: for source-effectiveness reports. */
@TemplateEnum
public enum SourceChannel {
    SITE("site", "website", "careers"),
    LINKEDIN("linkedin"),
    INDEED("indeed"),
    NATIONALE_VACATUREBANK("nationale-vacaturebank", "nvb"),
    REFERRAL("referral", "referentie", "medewerker"),
    AGENCY("agency", "uitzendbureau"),
    OTHER("other", "anders");

    private final String[] tags;

    SourceChannel(String... tags) {
        this.tags = tags;
    }

    /** The channel a job-board link's {@code ?src=} names, if it names one. */
    public static Optional<SourceChannel> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String normalised = tag.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(channel -> Arrays.asList(channel.tags).contains(normalised) || channel.name().equalsIgnoreCase(normalised))
                .findFirst();
    }
}
