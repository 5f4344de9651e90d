package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.IdentityHashMap;

import org.junit.jupiter.api.Test;

/** What the log filter leaves of the messages H2 and PostgreSQL write. */
class PersonalDataLogFilterTest {

    @Test
    void takesTheValuesOutOfH2Messages() {
        assertEquals("Unique index or primary key violation: \"PUBLIC.UK_CANDIDATE_EMAIL_INDEX_A ON PUBLIC.CANDIDATE(EMAIL NULLS FIRST) "
                + "VALUES ( /* 3 */ '…' )\"; SQL statement:", PersonalDataLogFilter.redact("Unique index or primary key violation: "
                        + "\"PUBLIC.UK_CANDIDATE_EMAIL_INDEX_A ON PUBLIC.CANDIDATE(EMAIL NULLS FIRST) VALUES ( /* 3 */ 'fenna@voorbeeld.nl' )\"; SQL statement:"));
        assertEquals("Value too long for column \"…\": \"'…' (300)\"",
                PersonalDataLogFilter.redact("Value too long for column \"FULL_NAME CHARACTER VARYING(120)\": \"'Fenna O''Brien Visser' (300)\""));
    }

    @Test
    void takesTheValuesOutOfPostgresqlMessages() {
        assertEquals("ERROR: duplicate key value violates unique constraint \"uk_candidate_email\"\n  Detail: Key (email)=(…) already exists.",
                PersonalDataLogFilter.redact("ERROR: duplicate key value violates unique constraint \"uk_candidate_email\"\n"
                        + "  Detail: Key (email)=(fenna@voorbeeld.nl) already exists."));
        assertEquals("ERROR: invalid input syntax for type bigint: \"…\"",
                PersonalDataLogFilter.redact("ERROR: invalid input syntax for type bigint: \"Fenna\""));
    }

    @Test
    void leavesMessagesWithoutValuesAlone() {
        String plain = "Mail #12 (RECEIVED) not sent, attempt 2: MailException";
        assertEquals(plain, PersonalDataLogFilter.redact(plain));
    }

    @Test
    void redactsEveryMessageOfAnExceptionChainAndKeepsItsStack() {
        SQLException driver = new SQLException("Key (email)=(fenna@voorbeeld.nl) already exists.", "23505");
        RuntimeException thrown = new RuntimeException("could not execute statement", driver);

        Throwable logged = PersonalDataLogFilter.redact(thrown, new IdentityHashMap<>());

        StringWriter trace = new StringWriter();
        logged.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("fenna"), trace.toString());
        assertTrue(trace.toString().contains("java.sql.SQLException: Key (email)=(…) already exists."), trace.toString());
        assertTrue(trace.toString().contains("PersonalDataLogFilterTest.redactsEveryMessageOfAnExceptionChainAndKeepsItsStack"));
    }
}
