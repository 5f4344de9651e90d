package nl.werving.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings every feature shares. A feature's own settings live in its own mapping under
 * {@code werving.<feature>} ({@code careers/CareersConfig}, {@code mail/MailConfig}, ...).
 */
@ConfigMapping(prefix = "werving")
public interface WervingConfig {

    /** The employer's name, shown on careers pages and in mails. */
    String companyName();

    /** Absolute base URL of this installation, used for links in mails and feeds. */
    String baseUrl();

    Privacy privacy();

    interface Privacy {
        /** Days after the end of a procedure before a rejected or withdrawn candidate's data is deleted. */
        @WithDefault("28")
        int retentionDays();

        /** Months a talent-pool consent keeps the data. */
        @WithDefault("12")
        int talentPoolMonths();

        /** When the purge runs (Quartz cron syntax); nightly by default. */
        @WithDefault("0 30 3 * * ?")
        String purgeCron();

        /** Whether this instance runs the scheduled purge. */
        @WithDefault("true")
        boolean purgeEnabled();
    }
}
