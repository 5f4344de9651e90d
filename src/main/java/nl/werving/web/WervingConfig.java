package nl.werving.web;

import io.smallrye.config.ConfigMapping;

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
}
