package nl.werving.survey;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/** Mails the survey invitations whose delay has passed, every quarter of an hour by default ({@code werving.survey.send-every}). */
@ApplicationScoped
public class SurveyJob {

    private final SurveyInvitations invitations;

    public SurveyJob(SurveyInvitations invitations) {
        this.invitations = invitations;
    }

    @Scheduled(identity = "survey-invitations", every = "${werving.survey.send-every}", concurrentExecution = ConcurrentExecution.SKIP)
    void send() {
        invitations.sendDue();
    }
}
