package nl.werving.privacy;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.talentPoolConsent;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.ConsentRecord;
import nl.werving.personaldata.BlindIndex;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.SharedToken;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The talent pool lists valid consents with their proof; a recruiter withdraws one on the candidate's request. */
@QuarkusTest
class TalentPoolTest {

    @Inject
    BlindIndex index;

    @Test
    void aWordThatOnlySharesItsSearchTokenWithAMembersNameDoesNotListThem() {
        SharedToken words = SharedToken.find(index);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Application member = anApplication().to(aVacancy().published().persist()).by("Pien " + words.named() + " " + marker)
                .ended(ApplicationStatus.REJECTED).persist();
        talentPoolConsent(member, Instant.now());
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.get("/app/talent-pool?q=" + words.named() + "+" + marker).then().statusCode(200)
                .body(containsString("Pien " + words.named() + " " + marker));
        recruiter.get("/app/talent-pool?q=" + words.searched() + "+" + marker).then().statusCode(200)
                .body(not(containsString("Pien " + words.named())))
                .body(containsString("Niemand in de talentpool"));
    }

    @Test
    void recruitersFindPoolMembersWithTheirConsentAndWithdrawOne() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Vacancy vacancy = aVacancy().published().persist();
        Application member = anApplication().to(vacancy).by("Pien Poel " + marker).ended(ApplicationStatus.REJECTED).persist();
        Application expired = anApplication().to(vacancy).by("Otto Oud " + marker).ended(ApplicationStatus.REJECTED).persist();
        long consent = talentPoolConsent(member, Instant.now());
        talentPoolConsent(expired, Instant.now().minus(Duration.ofDays(400)));
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.get("/app/talent-pool?q=" + marker).then().statusCode(200)
                .body(containsString("Pien Poel " + marker))
                .body(containsString("talentpool-2026-01"))
                .body(containsString("via het sollicitatieformulier"))
                .body(not(containsString("Otto Oud " + marker)));
        recruiter.get("/app/talent-pool?q=" + member.candidate.email().substring(0, 12)).then().statusCode(200)
                .body(containsString("Pien Poel " + marker));

        recruiter.post("/app/talent-pool/consents/" + consent + "/withdraw").then().statusCode(303);

        assertNotNull(QuarkusTransaction.requiringNew().call(() -> ConsentRecord.<ConsentRecord> findById(consent).withdrawnAt),
                "the record stays, as proof, with its end");
        recruiter.get("/app/talent-pool?q=" + marker).then().statusCode(200).body(not(containsString("Pien Poel " + marker)))
                .body(containsString("Niemand in de talentpool"));
        WebSession.as(TestUsers.hiringManager()).get("/app/talent-pool").then().statusCode(403);
    }
}
