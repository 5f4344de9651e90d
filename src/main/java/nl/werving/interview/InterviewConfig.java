package nl.werving.interview;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When interviewers are reminded of a scorecard they have not submitted. */
@ConfigMapping(prefix = "werving.interviews")
public interface InterviewConfig {

    /** Quartz cron of the reminder job: by default at a quarter past every hour. */
    @WithDefault("0 15 * * * ?")
    String reminderCron();

    /** Off: the job does not run on its schedule (the tests run it themselves). */
    @WithDefault("true")
    boolean reminderEnabled();

    /** How long after the end of the interview an interviewer without a submitted scorecard gets the one reminder. */
    @WithDefault("PT24H")
    Duration remindAfter();
}
