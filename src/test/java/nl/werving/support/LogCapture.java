package nl.werving.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.formatters.PatternFormatter;

import nl.werving.web.PersonalDataLogFilter;

/**
 * Everything the application logs while a test runs, as the console writes it: through the same filter
 * ({@code quarkus.log.console.filter}) and with every exception's message and causes. The test's own
 * mail server (GreenMail) is not the application and is left out.
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        private final PatternFormatter console = new PatternFormatter("%-5p [%c] %s%e");

        @Override
        public void publish(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (!logger.startsWith("com.icegreen") && isLoggable(record)) {
                lines.add(console.format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setFilter(new PersonalDataLogFilter());
        Logger.getLogger("").addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
