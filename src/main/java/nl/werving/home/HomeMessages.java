package nl.werving.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the home page and its daily digest. */
@MessageBundle("home")
public interface HomeMessages {

    @Message
    String nav();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String count(long count);

    @Message
    String waitingTitle();

    @Message
    String waitingHelp(int days);

    @Message
    String waitingNone();

    @Message
    String waitingDays(long days, int limit);

    @Message
    String waitingAll(long count);

    @Message
    String scorecardsTitle();

    @Message
    String scorecardsNone();

    @Message
    String scorecardInterviewed(String when);

    @Message
    String scorecardFill();

    @Message
    String lateTitle();

    @Message
    String lateHelp();

    @Message
    String lateNone();

    @Message
    String lateSince(long hours, long days);

    @Message
    String interviewsTitle();

    @Message
    String interviewsNone();

    @Message
    String interviewToday();

    @Message
    String interviewMine();

    @Message
    String more(long count);

    @Message
    String referencesTitle();

    @Message
    String referencesNone();

    @Message
    String referenceWaitsCandidate(String when);

    @Message
    String referenceWaitsReferees(String when);

    @Message
    String requestsTitle();

    @Message
    String requestsNone();

    @Message
    String requestDue(long days, long late);

    @Message
    String requestsAll(long count);

    @Message
    String mailsTitle();

    @Message
    String mailsNone();

    @Message
    String mailFailed(int attempts, String when);

    @Message
    String mailsAll(long count);

    @Message
    String digestTitle();

    @Message
    String digestIsOn();

    @Message
    String digestIsOff();

    @Message
    String digestTurnOn();

    @Message
    String digestTurnOff();

    @Message
    String digestTurnedOn();

    @Message
    String digestTurnedOff();

    @Message
    String digestSubject(long count);

    @Message
    String digestGreeting(String name);

    @Message
    String digestIntro();

    @Message
    String digestNothing();

    @Message
    String digestOpen();

    @Message
    String digestWhy();
}
