package nl.werving.personaldata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.DatabaseFiles;

/**
 * The raw database files hold no readable referee name, referee address, referee comment or screening answer, before or
 * after a purge or an erasure: they reach the database only sealed under the candidate's key.
 */
@QuarkusTest
@TestProfile(DatabaseFiles.OnDisk.class)
class ReferencesAndScreeningLeaveNoCanaryOnDiskTest extends CanaryOnDiskTest {

    /**
     * A rejected candidate with a reference check and screening answers. The referee who was asked got a mail, which the
     * outbox keeps with their name and address (the mail's own recipient); the one not yet asked is in no mail, so their
     * name and address are the canaries here.
     */
    @Override
    Canaries aCandidateWithCanaries() {
        SealedReferencesAndScreeningTest.Checked checked = SealedReferencesAndScreeningTest.checked();
        String title = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application> findById(checked.applicationId()).vacancy.title);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application> list("candidate.id", checked.candidateId()).forEach(application -> {
            application.status = ApplicationStatus.REJECTED;
            application.endedAt = Instant.now();
        }));
        Map<String, String> canaries = new LinkedHashMap<>();
        canaries.put("unasked referee's name", checked.unaskedName());
        canaries.put("unasked referee's address", checked.unaskedEmail());
        canaries.put("referee's comment", checked.comment());
        canaries.put("candidate's response", checked.response());
        canaries.put("screening answer", checked.answer());
        return new Canaries(checked.candidateId(), title, canaries);
    }
}
