package nl.werving.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox retries: the first retry after {@code firstRetry}, then doubling up to {@code maxRetryDelay}. */
@ConfigMapping(prefix = "werving.mail")
public interface MailConfig {

    /**
     * How often the sender looks for mails to send. The {@code @Scheduled} expression in {@link OutboxSender} reads
     * this default: Quarkus registers the defaults of every mapping that is injected somewhere.
     */
    @WithDefault("5s")
    String sendEvery();

    @WithDefault("PT30S")
    Duration firstRetry();

    @WithDefault("PT1H")
    Duration maxRetryDelay();

    /** How long one SMTP conversation may take before the attempt counts as failed. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** After this many failed attempts a mail is marked failed and shown to admins. */
    @WithDefault("12")
    int maxAttempts();

    /** Mails fetched at once by the sender. */
    @WithDefault("50")
    int batchSize();

    /** Mails sent per run of the sender at most; with the default {@link #sendEvery()} that is 40 a second. */
    @WithDefault("200")
    int maxPerRun();
}
